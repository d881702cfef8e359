package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/**
 * Staff confirm a patient's request, which books it. {@code joinLink} is required when a {@code VIDEO} request is
 * confirmed; {@code expectedVersion} (from If-Match) is null when the caller did not give one.
 */
public record ConfirmAppointment(
        @TargetAggregateIdentifier AppointmentId appointmentId, String joinLink, Long expectedVersion, Actor by) {}
