package org.careledger.api.appointment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/**
 * Staff book an appointment for a patient with a clinician. {@code joinLink} is required for a {@code VIDEO}
 * appointment and refused for any other type; {@code reason} is PHI.
 */
public record BookAppointment(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        PatientId patientId,
        OrganizationId organizationId,
        UserId clinicianId,
        AppointmentType type,
        Instant start,
        int durationMinutes,
        String reason,
        String joinLink,
        Actor by) {
    @Override
    public String toString() {
        return "BookAppointment[appointmentId=" + appointmentId + ", patientId=" + patientId + ", clinicianId="
                + clinicianId + ", type=" + type + ", start=" + start + ", durationMinutes=" + durationMinutes
                + ", reason=***, by=" + by + "]";
    }
}
