package org.careledger.api.analytics;

import java.time.LocalDate;

/**
 * One organization's figures for one day: patients under monitoring, alerts raised and acknowledged, the median time
 * from raise to acknowledgement of those acknowledged that day (seconds, null without any), appointments booked that
 * day, and of the appointments due that day those attended and missed, with the no-show rate (null when none was
 * either).
 */
public record OrganizationDay(
        LocalDate day,
        long patientsMonitored,
        AlertCounts alertsRaised,
        long alertsAcknowledged,
        Double medianSecondsToAcknowledge,
        long appointmentsBooked,
        long appointmentsAttended,
        long noShows,
        Double noShowRate) {}
