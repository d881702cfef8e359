package org.careledger.api.patient;

/** Administrative sex, with the codes of FHIR's AdministrativeGender. */
public enum Sex {
    MALE,
    FEMALE,
    OTHER,
    UNKNOWN
}
