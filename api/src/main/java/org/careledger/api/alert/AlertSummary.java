package org.careledger.api.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * One alert as a worklist and the live stream show it: what, how severe, where it stands and since when, without
 * free text beyond the summary (which names the finding, never the patient); {@code level} is 1 (the care team) from
 * the raise on, 2 or 3 after escalations, and {@code version} is the sequence number of the last event applied.
 */
public record AlertSummary(
        UUID alertId,
        UUID patientId,
        AlertType type,
        Severity severity,
        AlertStatus status,
        int level,
        String summary,
        Instant raisedAt,
        Instant acknowledgedAt,
        UUID acknowledgedBy,
        Instant resolvedAt,
        Instant cancelledAt,
        int recurrenceCount,
        Instant lastRecurredAt,
        long version) {}
