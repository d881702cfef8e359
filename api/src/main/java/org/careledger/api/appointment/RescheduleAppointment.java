package org.careledger.api.appointment;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.Actor;

/** Move a proposed or booked appointment to another time, under the same double-booking rule as booking. */
public record RescheduleAppointment(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        Instant start,
        int durationMinutes,
        Long expectedVersion,
        Actor by) {}
