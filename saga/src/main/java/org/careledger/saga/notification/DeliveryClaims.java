package org.careledger.saga.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.careledger.saga.notification.Notification.DeliveryKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per (alert, level, recipient, channel) in {@code notification_delivery}. A notification is sent only by
 * whoever inserted its row: the insert runs in the event handler's transaction, so when the event is delivered
 * again (Axon delivers at least once; a stolen token redelivers a batch) the row is already there and nothing is
 * sent twice. Two nodes racing on the same event serialize on the primary key; the loser inserts nothing.
 */
@Component
class DeliveryClaims {
    enum Status { PENDING, SENT, FAILED }

    private final JdbcTemplate jdbc;

    DeliveryClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this caller now owns the notification and must send it; false when someone already did. */
    boolean claim(DeliveryKey key, Instant at) {
        return jdbc.update("INSERT INTO notification_delivery (alert_id, alert_level, recipient_id, channel, status, "
                        + "attempts, claimed_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING",
                key.alertId().value(), key.level(), key.recipient().value(), key.channel().name(),
                Status.PENDING.name(), utc(at), utc(at)) == 1;
    }

    void attempted(DeliveryKey key, int attempts, Status status, Instant at) {
        jdbc.update("UPDATE notification_delivery SET status = ?, attempts = ?, updated_at = ? WHERE alert_id = ? "
                        + "AND alert_level = ? AND recipient_id = ? AND channel = ?",
                status.name(), attempts, utc(at), key.alertId().value(), key.level(), key.recipient().value(),
                key.channel().name());
    }

    Optional<Status> status(DeliveryKey key) {
        return jdbc.query("SELECT status FROM notification_delivery WHERE alert_id = ? AND alert_level = ? "
                        + "AND recipient_id = ? AND channel = ?", (row, i) -> Status.valueOf(row.getString(1)),
                key.alertId().value(), key.level(), key.recipient().value(), key.channel().name())
                .stream().findFirst();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
