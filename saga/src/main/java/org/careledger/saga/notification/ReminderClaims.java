package org.careledger.saga.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.careledger.saga.notification.DeliveryClaims.Status;
import org.careledger.saga.notification.ReminderMessage.ReminderKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per reminder message in {@code reminder_delivery}, as {@link DeliveryClaims} keeps them for alerts: the row
 * is inserted in the reminder deadline's transaction, and only whoever inserted it sends. A deadline that runs again
 * finds the row and sends nothing; two nodes racing serialize on the primary key.
 */
@Component
class ReminderClaims {
    private final JdbcTemplate jdbc;

    ReminderClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this caller now owns the reminder message and must send it; false when someone already did. */
    boolean claim(ReminderKey key, Instant at) {
        return jdbc.update("INSERT INTO reminder_delivery (appointment_id, starts_at, minutes_before, recipient_id, "
                        + "channel, status, attempts, claimed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                key.appointmentId().value(), utc(key.start()), key.minutesBefore(), key.recipient(),
                key.channel().name(), Status.PENDING.name(), utc(at), utc(at)) == 1;
    }

    void attempted(ReminderKey key, int attempts, Status status, Instant at) {
        jdbc.update("UPDATE reminder_delivery SET status = ?, attempts = ?, updated_at = ? WHERE appointment_id = ? "
                        + "AND starts_at = ? AND minutes_before = ? AND recipient_id = ? AND channel = ?",
                status.name(), attempts, utc(at), key.appointmentId().value(), utc(key.start()), key.minutesBefore(),
                key.recipient(), key.channel().name());
    }

    Optional<Status> status(ReminderKey key) {
        return jdbc.query("SELECT status FROM reminder_delivery WHERE appointment_id = ? AND starts_at = ? "
                        + "AND minutes_before = ? AND recipient_id = ? AND channel = ?",
                (row, i) -> Status.valueOf(row.getString(1)), key.appointmentId().value(), utc(key.start()),
                key.minutesBefore(), key.recipient(), key.channel().name()).stream().findFirst();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
