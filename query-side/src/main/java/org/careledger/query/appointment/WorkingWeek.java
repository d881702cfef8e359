package org.careledger.query.appointment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.careledger.api.shared.InvalidValue;

/**
 * When a clinician works, week after week: periods of wall-clock time on weekdays, cut into slots of
 * {@code slotMinutes}. Periods of one day never overlap.
 */
public record WorkingWeek(int slotMinutes, List<Period> periods) {
    public static final int MIN_SLOT_MINUTES = 5;
    public static final int MAX_SLOT_MINUTES = 480;

    public WorkingWeek {
        if (slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
            throw new InvalidValue("slotMinutes", "must be between " + MIN_SLOT_MINUTES + " and " + MAX_SLOT_MINUTES);
        }
        periods = periods == null ? List.of() : periods.stream()
                .sorted(Comparator.comparing(Period::day).thenComparing(Period::start))
                .toList();
        for (int i = 1; i < periods.size(); i++) {
            Period before = periods.get(i - 1);
            Period after = periods.get(i);
            if (before.day() == after.day() && after.start().isBefore(before.end())) {
                throw new InvalidValue("periods", "must not overlap on " + after.day());
            }
        }
    }

    public List<Period> on(DayOfWeek day) {
        return periods.stream().filter(period -> period.day() == day).toList();
    }

    /** From {@code start} until {@code end} on every {@code day}, wall-clock time. */
    public record Period(DayOfWeek day, LocalTime start, LocalTime end) {
        public Period {
            if (day == null) {
                throw new InvalidValue("day", "is required");
            }
            if (start == null) {
                throw new InvalidValue("start", "is required");
            }
            if (end == null) {
                throw new InvalidValue("end", "is required");
            }
            if (!start.isBefore(end)) {
                throw new InvalidValue("end", "must be after start");
            }
        }
    }
}
