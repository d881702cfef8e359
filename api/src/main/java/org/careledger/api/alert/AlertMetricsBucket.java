package org.careledger.api.alert;

import java.time.LocalDate;

/**
 * The alerts of one severity raised in the period starting on {@code periodStart} (UTC): how many were raised, how
 * many escalated at least once and how many escalations there were in all, and their times from raising to
 * acknowledgement and to resolution.
 */
public record AlertMetricsBucket(
        LocalDate periodStart,
        Severity severity,
        long raised,
        long escalatedAlerts,
        long escalations,
        ResponseTimes toAcknowledge,
        ResponseTimes toResolve) {}
