package org.careledger.api.alert;

/**
 * How long a step took over {@code count} alerts, in seconds to the millisecond: the median and the 90th percentile,
 * interpolated linearly between the closest ranks (as PostgreSQL's {@code percentile_cont}); both {@code null} when
 * {@code count} is 0.
 */
public record ResponseTimes(long count, Double medianSeconds, Double p90Seconds) {}
