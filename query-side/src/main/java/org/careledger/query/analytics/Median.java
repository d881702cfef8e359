package org.careledger.query.analytics;

import java.util.List;

/**
 * The exact median, computed from every value rather than estimated: the middle value of an odd count, the mean of
 * the middle two of an even count (as PostgreSQL's {@code percentile_cont(0.5)}, which H2 lacks).
 */
final class Median {
    private Median() {}

    /** The median of durations in milliseconds, in seconds; null when there are none. */
    static Double secondsOf(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return median / 1000.0;
    }
}
