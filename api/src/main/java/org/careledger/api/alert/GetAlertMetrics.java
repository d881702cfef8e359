package org.careledger.api.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;

/**
 * Ask how fast the alerts raised from {@code from} (inclusive) until {@code to} (exclusive) were acknowledged and
 * resolved, and how often they escalated, per severity and per {@code period}, over the patients {@code viewer} may
 * see; the range may span at most {@link #MAX_RANGE}.
 */
public record GetAlertMetrics(Instant from, Instant to, AlertMetricsPeriod period, Actor viewer) {
    public static final Duration MAX_RANGE = Duration.ofDays(366);

    public GetAlertMetrics {
        if (from == null) {
            throw new InvalidValue("from", "is required");
        }
        if (to == null) {
            throw new InvalidValue("to", "is required");
        }
        if (!from.isBefore(to)) {
            throw new InvalidValue("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidValue("to", "must be at most 366 days after from");
        }
        if (period == null) {
            throw new InvalidValue("period", "is required");
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}
