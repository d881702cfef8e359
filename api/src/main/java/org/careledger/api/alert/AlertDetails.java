package org.careledger.api.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One alert as the read side knows it, with every event of its life in {@code timeline}, oldest first; the outcome
 * and the timeline's free text are PHI. {@code version} is the sequence number of the last event applied.
 */
public record AlertDetails(
        UUID alertId,
        UUID patientId,
        AlertType type,
        Severity severity,
        AlertStatus status,
        int level,
        String summary,
        Instant raisedAt,
        UUID raisedBy,
        Instant acknowledgedAt,
        UUID acknowledgedBy,
        Instant resolvedAt,
        UUID resolvedBy,
        String outcome,
        Instant cancelledAt,
        UUID cancelledBy,
        int recurrenceCount,
        Instant lastRecurredAt,
        List<AlertTimelineEntry> timeline,
        long version) {

    public AlertDetails {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    @Override
    public String toString() {
        return "AlertDetails[alertId=" + alertId + ", status=" + status + ", version=" + version + ", ***]";
    }
}
