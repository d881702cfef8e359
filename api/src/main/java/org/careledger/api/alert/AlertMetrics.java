package org.careledger.api.alert;

import java.time.Instant;
import java.util.List;

/**
 * Alert response metrics over the alerts raised from {@code from} until {@code to}: one bucket per period and severity
 * that had alerts, by period and then most severe first.
 */
public record AlertMetrics(Instant from, Instant to, AlertMetricsPeriod period, List<AlertMetricsBucket> buckets) {
    public AlertMetrics {
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
    }
}
