package org.careledger.api.analytics;

/**
 * Over a range: the days a check-in was expected, how many of them had at least one, and their ratio (null when no
 * day was expected).
 */
public record CheckInAdherence(long expectedDays, long daysWithCheckIn, Double rate) {}
