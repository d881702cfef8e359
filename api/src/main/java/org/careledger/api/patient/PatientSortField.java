package org.careledger.api.patient;

/** What a patient search is ordered by; LATEST_NEWS2 puts patients without any vital signs last in both directions. */
public enum PatientSortField {
    FAMILY_NAME,
    MRN,
    REGISTERED_AT,
    LATEST_NEWS2
}
