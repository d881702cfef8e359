package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/**
 * The appointment should never have existed (wrong patient, duplicate entry); {@code reason} is PHI.
 * {@code expectedVersion} (from If-Match) is null when the caller did not give one.
 */
public record MarkAppointmentEnteredInError(
        @TargetAggregateIdentifier AppointmentId appointmentId, String reason, Long expectedVersion, Actor by) {
    /** Without a version condition. */
    public MarkAppointmentEnteredInError(AppointmentId appointmentId, String reason, Actor by) {
        this(appointmentId, reason, null, by);
    }

    @Override
    public String toString() {
        return "MarkAppointmentEnteredInError[appointmentId=" + appointmentId + ", reason=***, expectedVersion="
                + expectedVersion + ", by=" + by + "]";
    }
}
