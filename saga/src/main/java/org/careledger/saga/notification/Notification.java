package org.careledger.saga.notification;

import java.net.URI;
import java.util.Objects;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.UserId;

/**
 * One message to one person on one channel about an alert. {@code address} is the e-mail address or phone number
 * (PII, kept out of {@link #toString()}); {@code summary} states the finding without identifying the patient.
 */
public record Notification(AlertId alertId, int level, Severity severity, String summary, UserId recipient,
        NotificationChannel channel, String address, URI link) implements OutgoingMessage {
    public Notification {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(link, "link");
    }

    /** The key that makes a notification unique: one per alert, level, person and channel. */
    DeliveryKey key() {
        return new DeliveryKey(alertId, level, recipient, channel);
    }

    /** Subject line: severity and level only. */
    @Override
    public String subject() {
        return "[CareLedger] " + severity + " alert, level " + level;
    }

    /** The text every channel sends: the finding, how urgent, and where to open the alert; never the patient's name. */
    @Override
    public String text() {
        return "CareLedger " + severity + " alert (level " + level + "): " + (summary == null ? "" : summary)
                + "\nOpen: " + link;
    }

    @Override
    public String toString() {
        return "Notification[" + alertId + ", level " + level + ", " + recipient + ", " + channel + "]";
    }

    record DeliveryKey(AlertId alertId, int level, UserId recipient, NotificationChannel channel) {}
}
