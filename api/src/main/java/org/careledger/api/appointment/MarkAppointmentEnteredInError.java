package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** The appointment should never have existed (wrong patient, duplicate entry); {@code reason} is PHI. */
public record MarkAppointmentEnteredInError(
        @TargetAggregateIdentifier AppointmentId appointmentId, String reason, Actor by) {
    @Override
    public String toString() {
        return "MarkAppointmentEnteredInError[appointmentId=" + appointmentId + ", reason=***, by=" + by + "]";
    }
}
