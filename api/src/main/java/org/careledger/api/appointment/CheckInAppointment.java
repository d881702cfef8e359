package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** The patient has arrived (or joined the call) for a booked appointment, on its day. */
public record CheckInAppointment(@TargetAggregateIdentifier AppointmentId appointmentId, Long expectedVersion, Actor by) {}
