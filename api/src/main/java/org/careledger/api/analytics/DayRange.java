package org.careledger.api.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;

/** The days {@code from} to {@code to}, both included, at most {@link #MAX_DAYS} of them; every bad bound is named. */
public record DayRange(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public DayRange {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                errors.add(new FieldError("to", "must be at most " + MAX_DAYS + " days from from, both included"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }
}
