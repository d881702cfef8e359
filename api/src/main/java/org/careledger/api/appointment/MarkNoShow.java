package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/**
 * The patient did not come: allowed once the start plus the grace period has passed without a check-in. {@code by}
 * is the staff member who marked it, or null when the no-show process did.
 */
public record MarkNoShow(@TargetAggregateIdentifier AppointmentId appointmentId, Actor by) {}
