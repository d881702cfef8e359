package org.careledger.query.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.careledger.api.appointment.AvailableSlot;
import org.careledger.api.appointment.SchedulePeriod;

/**
 * Availability arithmetic: working periods are wall-clock times in the organization's zone, turned into instants day
 * by day, so a period keeps its local hours across a daylight-saving change. Slots are then laid end to end in real
 * time from the period's start: on the day the clocks go forward a night period is an hour shorter and has fewer
 * slots, on the day they go back it has more. A local time that does not exist (in the gap) moves forward by the gap.
 */
final class Slots {

    private Slots() {}

    /** The working periods of one day as instants, earliest first. */
    static List<SchedulePeriod> workingPeriods(WorkingWeek week, ZoneId zone, LocalDate date) {
        return week.on(date.getDayOfWeek()).stream()
                .map(period -> new SchedulePeriod(
                        date.atTime(period.start()).atZone(zone).toInstant(),
                        date.atTime(period.end()).atZone(zone).toInstant()))
                .toList();
    }

    /**
     * The slots from day {@code from} to day {@code to} (both included) that start after {@code now} and overlap none
     * of the {@code blocked} spans (booked appointments, absences), earliest first.
     */
    static List<AvailableSlot> free(WorkingWeek week, ZoneId zone, LocalDate from, LocalDate to,
            List<SchedulePeriod> blocked, Instant now) {
        Duration slot = Duration.ofMinutes(week.slotMinutes());
        List<AvailableSlot> free = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (SchedulePeriod period : workingPeriods(week, zone, date)) {
                for (Instant start = period.start(); !start.plus(slot).isAfter(period.end()); start = start.plus(slot)) {
                    Instant end = start.plus(slot);
                    if (start.isAfter(now) && overlapsNone(start, end, blocked)) {
                        free.add(new AvailableSlot(start, end));
                    }
                }
            }
        }
        return free;
    }

    /** The instant the day {@code date} begins in {@code zone}, which is not always midnight. */
    static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    private static boolean overlapsNone(Instant start, Instant end, List<SchedulePeriod> blocked) {
        return blocked.stream().noneMatch(span -> span.start().isBefore(end) && span.end().isAfter(start));
    }
}
