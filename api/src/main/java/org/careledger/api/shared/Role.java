package org.careledger.api.shared;

/** What a user is allowed to do; {@code DEVICE} is the machine role of wearables and check-in ingestion. */
public enum Role {
    PATIENT,
    NURSE,
    CLINICIAN,
    ADMIN,
    AUDITOR,
    DEVICE;

    /** Nurses and clinicians are the roles that can sit on a care team. */
    public boolean isCareGiver() {
        return this == NURSE || this == CLINICIAN;
    }
}
