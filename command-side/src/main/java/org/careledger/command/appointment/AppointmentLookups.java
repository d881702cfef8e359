package org.careledger.command.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the appointment feature's command-side tables (V10), which {@link AppointmentLookupUpdates} keeps, and takes
 * the locks that serialize bookings. Plain SQL rather than JPA: the locks must be visible in the code, and nothing may
 * be cached across the wait for them.
 */
@Component
class AppointmentLookups {
    // Statuses that hold time (AppointmentStatus.holdsTime), as stored in command_appointment.status.
    private static final String HOLDING = "status IN ('PROPOSED', 'BOOKED', 'CHECKED_IN')";

    private final JdbcClient jdbc;

    AppointmentLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the clinician's row until the current transaction ends, creating it on the clinician's first booking. */
    void lockClinician(UserId clinicianId) {
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same row and then does nothing, where a plain
        // insert would fail; PostgreSQL and H2 (PostgreSQL mode) both accept it.
        jdbc.sql("INSERT INTO command_appointment_clinician (clinician_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(clinicianId.value()).update();
        jdbc.sql("SELECT clinician_id FROM command_appointment_clinician WHERE clinician_id = ? FOR UPDATE")
                .param(clinicianId.value()).query(UUID.class).single();
    }

    /** The patient's organization, with the patient's row locked until the current transaction ends. */
    Optional<OrganizationId> lockPatient(PatientId patientId) {
        return jdbc.sql("SELECT organization_id FROM command_appointment_patient WHERE patient_id = ? FOR UPDATE")
                .param(patientId.value()).query(UUID.class).optional().map(OrganizationId::new);
    }

    boolean isDischarged(PatientId patientId) {
        return count("SELECT count(*) FROM command_appointment_discharged_patient WHERE patient_id = ?",
                patientId.value()) > 0;
    }

    /** Whether another appointment holding the clinician's time overlaps [start, end). */
    boolean clinicianBusy(UserId clinicianId, Instant start, Instant end, AppointmentId except) {
        return overlapping("clinician_id", clinicianId.value(), start, end, except);
    }

    boolean patientBusy(PatientId patientId, Instant start, Instant end, AppointmentId except) {
        return overlapping("patient_id", patientId.value(), start, end, except);
    }

    Optional<Booked> find(AppointmentId appointmentId) {
        return jdbc.sql("SELECT patient_id, clinician_id, start_at, end_at FROM command_appointment WHERE appointment_id = ?")
                .param(appointmentId.value())
                .query((rs, row) -> new Booked(new PatientId(rs.getObject(1, UUID.class)),
                        new UserId(rs.getObject(2, UUID.class)), rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private boolean overlapping(String party, UUID id, Instant start, Instant end, AppointmentId except) {
        UUID self = except == null ? new UUID(0, 0) : except.value();
        return count("SELECT count(*) FROM command_appointment WHERE " + party + " = ? AND " + HOLDING
                + " AND start_at < ? AND end_at > ? AND appointment_id <> ?", id, utc(end), utc(start), self) > 0;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Who an appointment is between and when, as last recorded. */
    record Booked(PatientId patientId, UserId clinicianId, Instant start, Instant end) {}
}
