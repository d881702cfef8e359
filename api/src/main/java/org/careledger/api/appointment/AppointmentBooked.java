package org.careledger.api.appointment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * The appointment is {@code BOOKED}: by staff directly, or by staff confirming a patient's request
 * ({@code confirmed} true). It carries every detail, so a reader needs no earlier event.
 */
@Revision("1")
public record AppointmentBooked(
        AppointmentId appointmentId,
        PatientId patientId,
        OrganizationId organizationId,
        UserId clinicianId,
        AppointmentType type,
        Instant start,
        int durationMinutes,
        String reason,
        String joinLink,
        boolean confirmed,
        UserId bookedBy) {
    public Instant end() {
        return start.plusSeconds(60L * durationMinutes);
    }

    @Override
    public String toString() {
        return "AppointmentBooked[appointmentId=" + appointmentId + ", patientId=" + patientId + ", clinicianId="
                + clinicianId + ", type=" + type + ", start=" + start + ", durationMinutes=" + durationMinutes
                + ", reason=***, confirmed=" + confirmed + ", bookedBy=" + bookedBy + "]";
    }
}
