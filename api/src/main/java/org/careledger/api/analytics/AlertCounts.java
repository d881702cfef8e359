package org.careledger.api.analytics;

/** How many alerts were raised, by the severity they were raised with, and their total. */
public record AlertCounts(long low, long medium, long high, long critical, long total) {
    public static final AlertCounts NONE = of(0, 0, 0, 0);

    public static AlertCounts of(long low, long medium, long high, long critical) {
        return new AlertCounts(low, medium, high, critical, low + medium + high + critical);
    }
}
