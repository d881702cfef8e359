package org.careledger.api.appointment;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** A patient asked for an appointment; it is {@code PROPOSED} and holds the time until confirmed or cancelled. */
@Revision("1")
public record AppointmentRequested(
        AppointmentId appointmentId,
        PatientId patientId,
        OrganizationId organizationId,
        UserId clinicianId,
        AppointmentType type,
        Instant start,
        int durationMinutes,
        String reason,
        UserId requestedBy) {
    public Instant end() {
        return start.plusSeconds(60L * durationMinutes);
    }

    @Override
    public String toString() {
        return "AppointmentRequested[appointmentId=" + appointmentId + ", patientId=" + patientId + ", clinicianId="
                + clinicianId + ", type=" + type + ", start=" + start + ", durationMinutes=" + durationMinutes
                + ", reason=***, requestedBy=" + requestedBy + "]";
    }
}
