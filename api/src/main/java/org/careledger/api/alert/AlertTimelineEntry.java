package org.careledger.api.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * One event in an alert's life: what ({@code kind}), when ({@code at}, the recording time) and who ({@code actorId},
 * {@code null} when a rule or a process acted), with the details of that kind only and the others {@code null}:
 * severity and summary (raised, recurred), level (escalated, notifications), reason (escalation reason, failure
 * reason, cancellation reason), recipient id, channel, attempt and delivery state (notifications), note (PHI) and outcome.
 */
public record AlertTimelineEntry(
        long sequence,
        AlertTimelineKind kind,
        Instant at,
        UUID actorId,
        Severity severity,
        String summary,
        Integer level,
        String reason,
        UUID recipientId,
        NotificationChannel channel,
        Integer attempt,
        DeliveryState deliveryState,
        String note,
        String outcome) {

    @Override
    public String toString() {
        return "AlertTimelineEntry[sequence=" + sequence + ", kind=" + kind + ", at=" + at + ", ***]";
    }
}
