package org.careledger.app.audit;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which GET endpoints read a patient's record, and what each one reads: the single list of rules by which every such
 * read is recorded. A path naming {@code {patientId}}, {@code {alertId}} or {@code {appointmentId}} reads that
 * patient, alert or appointment; the alert and appointment lists read one patient's when filtered by
 * {@code patientId}; the organization's event record is read as a whole. Every other GET under the patient, alert,
 * appointment and audit paths must be listed in {@link #EXEMPT} with the reason it shows no record, or
 * {@code PatientAccessCoverageIT} fails.
 */
public final class PatientAccessCoverage {
    static final String PATIENT = "Patient";
    static final String ALERT = "Alert";
    static final String APPOINTMENT = "Appointment";
    static final String EVENT_RECORD = "EventRecord";

    /** Paths under which GET endpoints may show a patient's data: each needs a rule or an exemption. */
    static final String[] PATIENT_DATA_PATHS = {
        "/api/v1/patients", "/api/v1/alerts", "/api/v1/appointments", "/api/v1/audit", "/api/v1/clinicians"
    };

    private static final String[] LISTS_FILTERED_BY_PATIENT = {"/api/v1/alerts", "/api/v1/appointments"};
    private static final String[] WHOLE_RECORD_READS = {"/api/v1/audit/events", "/api/v1/audit/events/export"};

    /** GET endpoints under those paths that read no patient's record, and why. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("/api/v1/patients",
                    "search: finds records by name or MRN and lists who they are; opening one is recorded"),
            Map.entry("/api/v1/alerts/metrics", "counts and response times of the organization's alerts; names no patient"),
            Map.entry("/api/v1/alerts/stream", "the caller's live worklist, as /api/v1/alerts without patientId"),
            Map.entry("/api/v1/appointments/available-slots", "a clinician's free time; names no patient"),
            Map.entry("/api/v1/appointments/rates", "no-show and cancellation rates per clinician and month; names no patient"),
            Map.entry("/api/v1/clinicians/{clinicianId}/schedule",
                    "the clinician's day, a worklist like /api/v1/appointments without patientId; no free text"),
            Map.entry("/api/v1/clinicians/{clinicianId}/upcoming-appointments",
                    "the clinician's worklist of coming appointments; no free text"),
            Map.entry("/api/v1/clinicians/{clinicianId}/calendar.ics",
                    "the clinician's calendar feed: times and states, no free text"),
            Map.entry("/api/v1/clinicians/{clinicianId}/working-hours", "scheduling settings; no patient data"),
            Map.entry("/api/v1/clinicians/{clinicianId}/absences", "scheduling settings; no patient data"),
            Map.entry("/api/v1/audit/integrity", "verifies the hash chain: positions and hashes, no event content"),
            Map.entry("/api/v1/audit/integrity/public-key", "the checkpoint signing key; no patient data"),
            Map.entry("/api/v1/audit/integrity/checkpoints", "signed chain heads: positions and hashes, no event content"),
            Map.entry("/api/v1/audit/reports/access",
                    "who read a record and when: ids and stated reasons, no clinical content"),
            Map.entry("/api/v1/audit/reports/activity", "what a user did and read: ids and times, no clinical content"));

    /** What one request reads, for the record. */
    record Subject(String type, UUID id, UUID patientId) {}

    public enum Decision { RECORDED, RECORDED_WHEN_FILTERED_BY_PATIENT, EXEMPT, NOT_PATIENT_DATA, UNDECIDED }

    private PatientAccessCoverage() {}

    public static Decision decide(String pattern) {
        if (pattern.contains("{patientId}") || pattern.contains("{alertId}") || pattern.contains("{appointmentId}")
                || in(WHOLE_RECORD_READS, pattern)) {
            return Decision.RECORDED;
        }
        if (in(LISTS_FILTERED_BY_PATIENT, pattern)) {
            return Decision.RECORDED_WHEN_FILTERED_BY_PATIENT;
        }
        if (EXEMPT.containsKey(pattern)) {
            return Decision.EXEMPT;
        }
        for (String path : PATIENT_DATA_PATHS) {
            if (pattern.equals(path) || pattern.startsWith(path + "/")) {
                return Decision.UNDECIDED;
            }
        }
        return Decision.NOT_PATIENT_DATA;
    }

    /** What a GET request matched by {@code pattern} reads, if it reads a record at all. */
    static Optional<Subject> subject(String pattern, Map<String, String> pathVariables, String patientParameter,
            UUID organizationId) {
        // a path variable that is no id reads nothing: the controller answers 400
        if (pathVariables.containsKey("patientId")) {
            return Optional.ofNullable(uuid(pathVariables.get("patientId"))).map(id -> new Subject(PATIENT, id, id));
        }
        if (pathVariables.containsKey("alertId")) {
            return Optional.ofNullable(uuid(pathVariables.get("alertId"))).map(id -> new Subject(ALERT, id, null));
        }
        if (pathVariables.containsKey("appointmentId")) {
            return Optional.ofNullable(uuid(pathVariables.get("appointmentId")))
                    .map(id -> new Subject(APPOINTMENT, id, null));
        }
        if (in(WHOLE_RECORD_READS, pattern)) {
            return Optional.of(new Subject(EVENT_RECORD, organizationId, null));
        }
        if (in(LISTS_FILTERED_BY_PATIENT, pattern) && patientParameter != null) {
            UUID patient = uuid(patientParameter);
            return patient == null ? Optional.empty() : Optional.of(new Subject(PATIENT, patient, patient));
        }
        return Optional.empty();
    }

    private static boolean in(String[] patterns, String pattern) {
        for (String candidate : patterns) {
            if (candidate.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
