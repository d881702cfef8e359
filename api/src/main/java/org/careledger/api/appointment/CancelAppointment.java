package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** Call off a proposed or booked appointment, saying why ({@code reason} is PHI). */
public record CancelAppointment(
        @TargetAggregateIdentifier AppointmentId appointmentId, String reason, Long expectedVersion, Actor by) {
    @Override
    public String toString() {
        return "CancelAppointment[appointmentId=" + appointmentId + ", reason=***, by=" + by + "]";
    }
}
