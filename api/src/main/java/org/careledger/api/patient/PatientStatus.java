package org.careledger.api.patient;

/** Where a patient is in their care: under active monitoring, or discharged (the record stays, read-only). */
public enum PatientStatus {
    ACTIVE,
    DISCHARGED
}
