package org.careledger.api.alert;

/** The calendar period alert metrics are grouped by, in UTC; a week starts on Monday (ISO 8601). */
public enum AlertMetricsPeriod {
    DAY,
    WEEK,
    MONTH
}
