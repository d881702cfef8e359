package org.careledger.api.appointment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.UserId;

/**
 * Record on the appointment what became of one reminder attempt, {@code minutesBefore} the start: sent with a delivery
 * state, or failed with a reason. Sent by the reminder process, never by a person.
 */
public record RecordReminderOutcome(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        int minutesBefore,
        UserId recipient,
        NotificationChannel channel,
        int attempt,
        DeliveryState state,
        String failure) {}
