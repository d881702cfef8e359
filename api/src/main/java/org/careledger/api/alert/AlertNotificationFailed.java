package org.careledger.api.alert;

import org.axonframework.serialization.Revision;
import org.careledger.api.shared.UserId;

/** An attempt to tell someone about the alert failed; {@code reason} names the failure without PHI. */
@Revision("1")
public record AlertNotificationFailed(
        AlertId alertId, UserId recipient, NotificationChannel channel, int level, int attempt, String reason) {}
