package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/**
 * The patient did not come: allowed once the start plus the grace period has passed without a check-in. {@code by}
 * is the staff member who marked it, or null when the no-show process did; {@code expectedVersion} (from If-Match) is
 * null when the caller did not give one.
 */
public record MarkNoShow(@TargetAggregateIdentifier AppointmentId appointmentId, Long expectedVersion, Actor by) {
    /** Without a version condition, as the no-show process sends it. */
    public MarkNoShow(AppointmentId appointmentId, Actor by) {
        this(appointmentId, null, by);
    }
}
