package org.careledger.bench.tool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One measurement window: a latency histogram (microseconds, up to 10 minutes, 3 significant digits)
 * overall and per operation, successes, errors by cause, and the successes completed inside the window
 * (throughput). A request belongs to the window when it was <em>due</em> inside it: its intended start
 * in the open model, its actual start in the closed one.
 */
final class Measurement {
    private static final long HIGHEST_MICROS = 600_000_000L;

    final long windowStart;
    final long windowEnd;
    private final Histogram all = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final Map<String, Histogram> byOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorsByOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errorsByCause = new ConcurrentHashMap<>();
    private final LongAdder ok = new LongAdder();
    private final LongAdder completedOkInWindow = new LongAdder();
    private final LongAdder issued = new LongAdder();

    Measurement(long windowStart, long windowEnd) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    boolean inWindow(long dueNanos) {
        return dueNanos >= windowStart && dueNanos < windowEnd;
    }

    void issued(long dueNanos) {
        if (inWindow(dueNanos)) {
            issued.increment();
        }
    }

    /** A finished request: {@code cause} is null for a 2xx, else the status code or the failure. */
    void done(String operation, long dueNanos, long doneNanos, String cause) {
        if (cause == null && doneNanos >= windowStart && doneNanos < windowEnd) {
            completedOkInWindow.increment();
        }
        if (!inWindow(dueNanos)) {
            return;
        }
        long micros = Math.max(1, Math.min(HIGHEST_MICROS, (doneNanos - dueNanos) / 1000));
        all.recordValue(micros);
        byOperation.computeIfAbsent(operation, o -> new ConcurrentHistogram(HIGHEST_MICROS, 3)).recordValue(micros);
        if (cause == null) {
            ok.increment();
        } else {
            error(operation, cause);
        }
    }

    /** A request that never got an answer to time (dropped, unfinished): an error without a latency. */
    void failedWithoutLatency(String operation, long dueNanos, String cause) {
        if (inWindow(dueNanos)) {
            error(operation, cause);
        }
    }

    private void error(String operation, String cause) {
        errorsByCause.computeIfAbsent(cause, c -> new LongAdder()).increment();
        errorsByOperation.computeIfAbsent(operation, o -> new LongAdder()).increment();
    }

    Map<String, Object> toMap() {
        double seconds = (windowEnd - windowStart) / 1e9;
        long errors = errorsByCause.values().stream().mapToLong(LongAdder::sum).sum();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seconds", round(seconds));
        result.put("issued", issued.sum());
        result.put("ok", ok.sum());
        result.put("errors", errors);
        result.put("throughput", round(completedOkInWindow.sum() / seconds));
        latencies(result, all);
        Map<String, Object> causes = new LinkedHashMap<>();
        errorsByCause.forEach((cause, count) -> causes.put(cause, count.sum()));
        result.put("errorsByCause", causes);
        Map<String, Object> operations = new LinkedHashMap<>();
        byOperation.forEach((operation, histogram) -> {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("count", histogram.getTotalCount());
            LongAdder failed = errorsByOperation.get(operation);
            op.put("errors", failed == null ? 0 : failed.sum());
            latencies(op, histogram);
            operations.put(operation, op);
        });
        errorsByOperation.forEach((operation, count) -> operations.computeIfAbsent(operation,
                o -> new LinkedHashMap<>(Map.of("count", 0, "errors", count.sum()))));
        result.put("operations", operations);
        return result;
    }

    static void latencies(Map<String, Object> into, Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return;
        }
        into.put("p50Ms", millis(histogram.getValueAtPercentile(50)));
        into.put("p95Ms", millis(histogram.getValueAtPercentile(95)));
        into.put("p99Ms", millis(histogram.getValueAtPercentile(99)));
        into.put("maxMs", millis(histogram.getMaxValue()));
    }

    static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * The median of each numeric top-level field over several runs (for an even count, the mean of
     * the two middle values); other fields come from the first run.
     */
    static Map<String, Object> median(List<Map<String, Object>> runs) {
        Map<String, Object> median = new LinkedHashMap<>();
        if (runs.isEmpty()) {
            return median;
        }
        for (String key : runs.get(0).keySet()) {
            List<Double> values = new ArrayList<>();
            for (Map<String, Object> run : runs) {
                if (run.get(key) instanceof Number number) {
                    values.add(number.doubleValue());
                }
            }
            if (values.size() == runs.size()) {
                median.put(key, Math.round(medianOf(values) * 100) / 100.0);
            } else if (!(runs.get(0).get(key) instanceof Map || runs.get(0).get(key) instanceof Collection)) {
                median.put(key, runs.get(0).get(key));
            }
        }
        return median;
    }

    static double medianOf(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
