package org.careledger.saga.notification;

import java.net.URI;
import java.util.UUID;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.UserId;

/** Notifications as the adapter tests send them. */
final class Notifications {
    static final AlertId ALERT = AlertId.of("5b1e9a40-0000-4000-8000-00000000a1e7");
    static final UserId NURSE = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final String PHONE = "+447700900123";
    static final String EMAIL = "nurse@example.org";
    static final String SUMMARY = "NEWS2 7: emergency response";
    static final URI LINK = URI.create("https://careledger.example/api/v1/alerts/" + ALERT);

    private Notifications() {}

    static Notification to(NotificationChannel channel, String address) {
        return new Notification(ALERT, 1, Severity.CRITICAL, SUMMARY, NURSE, channel, address, LINK);
    }
}
