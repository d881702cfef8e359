package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** The appointment took place. */
public record CompleteAppointment(@TargetAggregateIdentifier AppointmentId appointmentId, Long expectedVersion, Actor by) {}
