package org.careledger.api.shared;

/** Every broken rule CareLedger reports, stable across releases and across Axon Server, which drops exception types. */
public enum ClinicalErrorCode {
    INVALID_REQUEST(ErrorKind.BAD_INPUT),
    BIRTH_DATE_IN_FUTURE(ErrorKind.BAD_INPUT),
    OBSERVATION_IN_FUTURE(ErrorKind.BAD_INPUT),
    ACCESS_DENIED(ErrorKind.FORBIDDEN),
    RECORD_NOT_FOUND(ErrorKind.NOT_FOUND),
    PATIENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    CARE_TEAM_MEMBER_NOT_FOUND(ErrorKind.NOT_FOUND),
    ALERT_NOT_FOUND(ErrorKind.NOT_FOUND),
    APPOINTMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    PATIENT_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    MRN_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    PATIENT_DISCHARGED(ErrorKind.CONFLICT),
    ALREADY_IN_CARE_TEAM(ErrorKind.CONFLICT),
    PRIMARY_CLINICIAN_ALREADY_ASSIGNED(ErrorKind.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    USERNAME_TAKEN(ErrorKind.CONFLICT),
    ALERT_NOT_OPEN(ErrorKind.CONFLICT),
    ALERT_CLOSED(ErrorKind.CONFLICT),
    ESCALATION_LIMIT_REACHED(ErrorKind.CONFLICT),
    INTEGRITY_CHECK_NOT_AVAILABLE(ErrorKind.CONFLICT),
    INTEGRITY_CHECK_RUNNING(ErrorKind.CONFLICT),
    APPOINTMENT_TRANSITION_NOT_ALLOWED(ErrorKind.CONFLICT),
    CLINICIAN_DOUBLE_BOOKED(ErrorKind.CONFLICT),
    PATIENT_DOUBLE_BOOKED(ErrorKind.CONFLICT),
    CHECK_IN_NOT_ON_THE_DAY(ErrorKind.CONFLICT),
    NO_SHOW_TOO_EARLY(ErrorKind.CONFLICT),
    NOT_ON_CARE_TEAM(ErrorKind.FORBIDDEN),
    VERSION_MISMATCH(ErrorKind.PRECONDITION_FAILED),
    STAFF_MEMBER_UNKNOWN(ErrorKind.UNPROCESSABLE),
    NOT_CARE_TEAM_ELIGIBLE(ErrorKind.UNPROCESSABLE),
    APPOINTMENT_START_IN_PAST(ErrorKind.UNPROCESSABLE),
    NOT_A_CLINICIAN(ErrorKind.UNPROCESSABLE),
    // projection rebuilds (docs/projections.md)
    PROCESSOR_NOT_FOUND(ErrorKind.NOT_FOUND),
    PROCESSOR_NOT_REBUILDABLE(ErrorKind.CONFLICT),
    REBUILD_IN_PROGRESS(ErrorKind.CONFLICT),
    PROCESSOR_CLAIMED_ELSEWHERE(ErrorKind.CONFLICT);

    private final ErrorKind kind;

    ClinicalErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The code as it appears in problem types: {@code PATIENT_NOT_FOUND} becomes {@code patient-not-found}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
