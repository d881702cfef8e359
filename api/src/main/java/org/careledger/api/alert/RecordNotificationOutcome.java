package org.careledger.api.alert;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.careledger.api.shared.UserId;

/**
 * Record on the alert what became of one notification attempt: sent with a delivery state, or failed
 * with a reason. Sent by the notification process, never by a person.
 */
public record RecordNotificationOutcome(
        @TargetAggregateIdentifier AlertId alertId,
        UserId recipient,
        NotificationChannel channel,
        int level,
        int attempt,
        DeliveryState state,
        String failure) {}
