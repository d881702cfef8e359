package org.careledger.api.appointment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;

/** A patient asks for an appointment with a clinician; staff confirm it. {@code reason} is PHI. */
public record RequestAppointment(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        PatientId patientId,
        OrganizationId organizationId,
        UserId clinicianId,
        AppointmentType type,
        Instant start,
        int durationMinutes,
        String reason,
        Actor by) {
    @Override
    public String toString() {
        return "RequestAppointment[appointmentId=" + appointmentId + ", patientId=" + patientId + ", clinicianId="
                + clinicianId + ", type=" + type + ", start=" + start + ", durationMinutes=" + durationMinutes
                + ", reason=***, by=" + by + "]";
    }
}
