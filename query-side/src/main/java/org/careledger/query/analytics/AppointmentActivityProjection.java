package org.careledger.query.analytics;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.PatientCheckedIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code analytics_appointment}: one row per appointment from the moment it is booked (a request counts once
 * staff confirm it), with the day it was booked, the day it is due and where it stands. An event changes the row only
 * when its sequence number is above the row's version, so redelivery and replay change nothing.
 */
@Component
@ProcessingGroup(AnalyticsTables.PROCESSING_GROUP)
class AppointmentActivityProjection {
    private final JdbcTemplate jdbc;
    private final AnalyticsProperties properties;

    AppointmentActivityProjection(JdbcTemplate jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventHandler
    void on(AppointmentBooked event, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO analytics_appointment
                  (appointment_id, patient_id, organization_id, booked_on, start_on, status, version)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS
                  (SELECT 1 FROM analytics_appointment WHERE appointment_id = ?)""",
                event.appointmentId().value(), event.patientId().value(), event.organizationId().value(),
                properties.dayOf(at), properties.dayOf(event.start()), AppointmentStatus.BOOKED.name(), sequence,
                event.appointmentId().value());
    }

    @EventHandler
    void on(AppointmentRescheduled event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE analytics_appointment SET start_on = ?, version = ? WHERE appointment_id = ? AND version < ?",
                properties.dayOf(event.start()), sequence, event.appointmentId().value(), sequence);
    }

    @EventHandler
    void on(PatientCheckedIn event, @SequenceNumber long sequence) {
        status(event.appointmentId(), AppointmentStatus.CHECKED_IN, sequence);
    }

    @EventHandler
    void on(AppointmentFulfilled event, @SequenceNumber long sequence) {
        status(event.appointmentId(), AppointmentStatus.FULFILLED, sequence);
    }

    @EventHandler
    void on(AppointmentNoShow event, @SequenceNumber long sequence) {
        status(event.appointmentId(), AppointmentStatus.NOSHOW, sequence);
    }

    @EventHandler
    void on(AppointmentCancelled event, @SequenceNumber long sequence) {
        status(event.appointmentId(), AppointmentStatus.CANCELLED, sequence);
    }

    @EventHandler
    void on(AppointmentEnteredInError event, @SequenceNumber long sequence) {
        status(event.appointmentId(), AppointmentStatus.ENTERED_IN_ERROR, sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM analytics_appointment");
    }

    // An appointment that was never booked (a request withdrawn before confirmation) has no row and stays out.
    private void status(AppointmentId appointment, AppointmentStatus status, long sequence) {
        jdbc.update("UPDATE analytics_appointment SET status = ?, version = ? WHERE appointment_id = ? AND version < ?",
                status.name(), sequence, appointment.value(), sequence);
    }
}
