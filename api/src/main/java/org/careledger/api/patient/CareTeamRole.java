package org.careledger.api.patient;

/** A member's place on a patient's care team: at most one PRIMARY clinician, any number of members. */
public enum CareTeamRole {
    PRIMARY,
    MEMBER
}
