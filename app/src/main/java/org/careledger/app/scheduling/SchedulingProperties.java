package org.careledger.app.scheduling;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careledger.query.appointment.WorkingWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling defaults (docs/appointments-views.md): the time zone working hours and days are counted in, per
 * organization when {@code organizations} names one, and the working hours of a clinician who has none of their own.
 */
@ConfigurationProperties("careledger.scheduling")
record SchedulingProperties(
        @DefaultValue("Europe/London") String timeZone,
        Map<UUID, String> organizationTimeZones,
        @DefaultValue DefaultHours defaultHours) {

    SchedulingProperties {
        organizationTimeZones = organizationTimeZones == null ? Map.of() : Map.copyOf(organizationTimeZones);
        zone(timeZone);
        organizationTimeZones.values().forEach(SchedulingProperties::zone);
    }

    ZoneId zoneOf(UUID organizationId) {
        return zone(organizationTimeZones.getOrDefault(organizationId, timeZone));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("careledger.scheduling: unknown time zone " + id, e);
        }
    }

    /** The organization's default week: {@code start} to {@code end} on each of {@code days}. */
    record DefaultHours(
            @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) List<DayOfWeek> days,
            @DefaultValue("09:00") String start,
            @DefaultValue("17:00") String end,
            @DefaultValue("30") int slotMinutes) {

        DefaultHours {
            week(days, start, end, slotMinutes); // fails at start-up, not at the first booking
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
