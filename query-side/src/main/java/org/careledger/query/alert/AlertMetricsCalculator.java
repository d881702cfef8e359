package org.careledger.query.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.careledger.api.alert.AlertMetricsBucket;
import org.careledger.api.alert.AlertMetricsPeriod;
import org.careledger.api.alert.ResponseTimes;
import org.careledger.api.alert.Severity;

/**
 * Response-time statistics over alerts in hand. Computed here rather than in SQL because the percentile functions
 * ({@code percentile_cont}) exist on PostgreSQL but not on H2; the method is the same as {@code percentile_cont}'s.
 */
final class AlertMetricsCalculator {
    private static final Comparator<Key> BY_PERIOD_THEN_MOST_SEVERE = Comparator.comparing(Key::periodStart)
            .thenComparing(Key::severity, Comparator.reverseOrder());

    private record Key(LocalDate periodStart, Severity severity) {}

    private AlertMetricsCalculator() {}

    /** One bucket per period (by the time each alert was raised, in UTC) and severity that had alerts. */
    static List<AlertMetricsBucket> buckets(List<AlertView> alerts, AlertMetricsPeriod period) {
        Map<Key, List<AlertView>> groups = alerts.stream().collect(Collectors.groupingBy(
                alert -> new Key(periodStart(alert.getRaisedAt(), period), alert.getSeverity()),
                () -> new TreeMap<>(BY_PERIOD_THEN_MOST_SEVERE),
                Collectors.toList()));
        return groups.entrySet().stream().map(group -> bucket(group.getKey(), group.getValue())).toList();
    }

    static LocalDate periodStart(Instant at, AlertMetricsPeriod period) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /**
     * The p-quantile (0 to 1) of ascending values, interpolated linearly between the two closest ranks (Hyndman and
     * Fan's definition 7, as PostgreSQL's {@code percentile_cont} and spreadsheets' {@code PERCENTILE.INC}): the median
     * of an even count is the mean of the middle two.
     */
    static double quantile(double[] ascending, double p) {
        double rank = p * (ascending.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return ascending[below] + (rank - below) * (ascending[above] - ascending[below]);
    }

    static ResponseTimes responseTimes(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new ResponseTimes(0, null, null);
        }
        double[] seconds = durations.stream().mapToDouble(d -> d.toMillis() / 1000.0).sorted().toArray();
        return new ResponseTimes(
                seconds.length, toMillisecond(quantile(seconds, 0.5)), toMillisecond(quantile(seconds, 0.9)));
    }

    private static AlertMetricsBucket bucket(Key key, List<AlertView> alerts) {
        long escalated = alerts.stream().filter(alert -> alert.getEscalations() > 0).count();
        long escalations = alerts.stream().mapToLong(AlertView::getEscalations).sum();
        return new AlertMetricsBucket(key.periodStart(), key.severity(), alerts.size(), escalated, escalations,
                responseTimes(since(alerts, AlertView::getAcknowledgedAt)),
                responseTimes(since(alerts, AlertView::getResolvedAt)));
    }

    private static List<Duration> since(List<AlertView> alerts, Function<AlertView, Instant> step) {
        return alerts.stream()
                .filter(alert -> step.apply(alert) != null)
                .map(alert -> Duration.between(alert.getRaisedAt(), step.apply(alert)))
                .toList();
    }

    private static double toMillisecond(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
