package org.careledger.app.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.careledger.query.appointment.WorkingWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organization's default working week (docs/appointments-views.md): the hours of a clinician who has none of their
 * own. The time zone these hours are counted in is the appointments' zone ({@link AppointmentZones}).
 */
@ConfigurationProperties("careledger.scheduling")
record SchedulingProperties(@DefaultValue DefaultHours defaultHours) {

    /** {@code start} to {@code end} on each of {@code days}, cut into slots of {@code slotMinutes}. */
    record DefaultHours(
            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) List<DayOfWeek> days,
            @DefaultValue("09:00") String start,
            @DefaultValue("17:00") String end,
            @DefaultValue("30") int slotMinutes) {

        DefaultHours {
            week(days, start, end, slotMinutes); // a bad setting fails the start, not the first search for slots
        }

        WorkingWeek week() {
            return week(days, start, end, slotMinutes);
        }

        private static WorkingWeek week(List<DayOfWeek> days, String start, String end, int slotMinutes) {
            LocalTime from = LocalTime.parse(start);
            LocalTime until = LocalTime.parse(end);
            return new WorkingWeek(slotMinutes,
                    days.stream().map(day -> new WorkingWeek.Period(day, from, until)).toList());
        }
    }
}
