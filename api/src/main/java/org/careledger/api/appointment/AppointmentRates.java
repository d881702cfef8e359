package org.careledger.api.appointment;

import java.time.LocalDate;
import java.util.List;

/**
 * Cancellation and no-show rates from the month of {@code from} to the month of {@code to} in {@code timeZone}: one
 * entry per clinician and month that had appointments, by clinician and then month.
 */
public record AppointmentRates(LocalDate from, LocalDate to, String timeZone, List<AppointmentRate> rates) {
    public AppointmentRates {
        rates = rates == null ? List.of() : List.copyOf(rates);
    }
}
