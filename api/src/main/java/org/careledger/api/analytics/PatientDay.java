package org.careledger.api.analytics;

import java.time.LocalDate;

/**
 * One patient's figures for one day: vital-sign readings observed that day and the highest NEWS2 among them (null
 * without readings), alerts raised that day, check-ins submitted that day, and whether a check-in was expected.
 */
public record PatientDay(
        LocalDate day,
        long readings,
        Integer maxNews2,
        AlertCounts alertsRaised,
        long checkIns,
        boolean checkInExpected) {}
