package org.careledger.command.appointment;

import static org.careledger.command.appointment.AppointmentLookups.utc;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRequested;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the appointment feature's command-side tables in step with patient and appointment events. It runs in a
 * subscribing processor ({@link AppointmentLookupsConfiguration}), inside the transaction of the command that applied
 * the event, so a row says what the stored events say. Handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(AppointmentLookupsConfiguration.PROCESSING_GROUP)
class AppointmentLookupUpdates {
    private final JdbcClient jdbc;

    AppointmentLookupUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PatientRegistered event) {
        UUID patient = event.patientId().value();
        if (absent("SELECT count(*) FROM command_appointment_patient WHERE patient_id = ?", patient)) {
            update("INSERT INTO command_appointment_patient (patient_id, organization_id) VALUES (?, ?)",
                    patient, event.organizationId().value());
        }
    }

    @EventHandler
    void on(PatientDischarged event) {
        UUID patient = event.patientId().value();
        if (absent("SELECT count(*) FROM command_appointment_discharged_patient WHERE patient_id = ?", patient)) {
            update("INSERT INTO command_appointment_discharged_patient (patient_id) VALUES (?)", patient);
        }
    }

    @EventHandler
    void on(AppointmentRequested event) {
        if (absent("SELECT count(*) FROM command_appointment WHERE appointment_id = ?", event.appointmentId().value())) {
            update("""
                    INSERT INTO command_appointment
                        (appointment_id, organization_id, patient_id, clinician_id, start_at, end_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    event.appointmentId().value(), event.organizationId().value(), event.patientId().value(),
                    event.clinicianId().value(), utc(event.start()), utc(event.end()), AppointmentStatus.PROPOSED.name());
        }
    }

    /** A direct booking adds the appointment; a confirmation books the request that is already there. */
    @EventHandler
    void on(AppointmentBooked event) {
        UUID id = event.appointmentId().value();
        if (absent("SELECT count(*) FROM command_appointment WHERE appointment_id = ?", id)) {
            update("""
                    INSERT INTO command_appointment
                        (appointment_id, organization_id, patient_id, clinician_id, start_at, end_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    id, event.organizationId().value(), event.patientId().value(), event.clinicianId().value(),
                    utc(event.start()), utc(event.end()), AppointmentStatus.BOOKED.name());
        } else {
            update("UPDATE command_appointment SET start_at = ?, end_at = ?, status = ? WHERE appointment_id = ?",
                    utc(event.start()), utc(event.end()), AppointmentStatus.BOOKED.name(), id);
        }
    }

    @EventHandler
    void on(AppointmentRescheduled event) {
        update("UPDATE command_appointment SET start_at = ?, end_at = ? WHERE appointment_id = ?",
                utc(event.start()), utc(event.end()), event.appointmentId().value());
    }

    @EventHandler
    void on(PatientCheckedIn event) {
        status(event.appointmentId(), AppointmentStatus.CHECKED_IN);
    }

    @EventHandler
    void on(AppointmentFulfilled event) {
        status(event.appointmentId(), AppointmentStatus.FULFILLED);
    }

    @EventHandler
    void on(AppointmentCancelled event) {
        status(event.appointmentId(), AppointmentStatus.CANCELLED);
    }

    @EventHandler
    void on(AppointmentNoShow event) {
        status(event.appointmentId(), AppointmentStatus.NOSHOW);
    }

    @EventHandler
    void on(AppointmentEnteredInError event) {
        status(event.appointmentId(), AppointmentStatus.ENTERED_IN_ERROR);
    }

    private void status(AppointmentId appointmentId, AppointmentStatus status) {
        update("UPDATE command_appointment SET status = ? WHERE appointment_id = ?", status.name(), appointmentId.value());
    }

    private boolean absent(String countSql, Object... params) {
        return jdbc.sql(countSql).params(params).query(Long.class).single() == 0;
    }

    private void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }
}
