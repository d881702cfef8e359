package org.careledger.query.analytics;

import java.time.Duration;
import java.util.List;

/**
 * The exact median, computed from every value rather than estimated: the middle value of an odd count, the mean of
 * the middle two of an even count (as PostgreSQL's {@code percentile_cont(0.5)}, which H2 lacks).
 */
final class Median {
    private Median() {}

    /** The median of the durations in seconds, as precise as the durations; null when there are none. */
    static Double secondsOf(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        long[] sorted = durations.stream().mapToLong(Duration::toNanos).sorted().toArray();
        int middle = sorted.length / 2;
        double nanos = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return nanos / 1e9;
    }
}
