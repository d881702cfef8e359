package org.careledger.api.appointment;

import java.time.YearMonth;
import java.util.Objects;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.UserId;

/**
 * Ask how many appointments were cancelled and missed, per clinician and calendar month of their start (organization
 * time zone), from month {@code from} to month {@code to}, both included, at most {@link #MAX_MONTHS}; of one
 * clinician when {@code clinicianId} is given. For staff only.
 */
public record GetAppointmentRates(UserId clinicianId, YearMonth from, YearMonth to, Actor viewer) {
    public static final int MAX_MONTHS = 24;

    public GetAppointmentRates {
        if (from == null) {
            throw new InvalidValue("from", "is required");
        }
        if (to == null) {
            throw new InvalidValue("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "must not be before from");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidValue("to", "must be at most " + MAX_MONTHS + " months from from, both included");
        }
        Objects.requireNonNull(viewer, "viewer");
    }
}
