package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** Someone was told about the alert on a channel, as far as {@code state}. */
@Revision("1")
public record AlertNotificationSent(
        AlertId alertId, UserId recipient, NotificationChannel channel, int level, int attempt, DeliveryState state) {}
