package org.careledger.saga.notification;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.shared.UserId;

/**
 * How to reach one person: their addresses (PII, never logged) and the channels they asked to be told on. Nobody who
 * chose no channel goes untold: they get the in-app notification.
 */
public record Contact(UserId userId, String email, String phone, Set<NotificationChannel> channels) {
    public Contact {
        Objects.requireNonNull(userId, "userId");
        channels = channels == null || channels.isEmpty()
                ? Set.copyOf(EnumSet.of(NotificationChannel.IN_APP)) : Set.copyOf(channels);
    }

    @Override
    public String toString() {
        return "Contact[" + userId + ", " + channels + "]";
    }
}
