package org.careledger.saga.appointment;

import java.time.Instant;
import java.util.Objects;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * One reminder that has come due: the appointment as it stands now and which of the lead times it is. It holds no
 * clinical free text: the appointment's reason never leaves the record in a reminder.
 */
public record AppointmentReminder(AppointmentId appointmentId, PatientId patientId, OrganizationId organizationId,
        UserId clinicianId, AppointmentType type, Instant start, int durationMinutes, String joinLink,
        int minutesBefore) {
    public AppointmentReminder {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(start, "start");
    }

    @Override
    public String toString() {
        return "AppointmentReminder[" + appointmentId + ", " + minutesBefore + " min before " + start + "]";
    }
}
