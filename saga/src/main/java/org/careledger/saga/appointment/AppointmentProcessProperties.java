package org.careledger.saga.appointment;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the appointment process ({@code careledger.appointments.*}); see docs/reminders.md. The Appointment
 * aggregate reads the same {@code no-show-grace}, so the process never asks for a no-show the aggregate would refuse.
 *
 * @param reminders how long before the start each reminder goes out; a lead time already passed when the appointment
 *     is booked (or rescheduled) is skipped
 * @param noShowGrace how long after the start a patient who has not checked in is marked as a no-show
 * @param reminderZone the time zone the reminders state the appointment's date and time in
 */
@ConfigurationProperties("careledger.appointments")
public record AppointmentProcessProperties(
        @DefaultValue({"PT24H", "PT1H"}) List<Duration> reminders,
        @DefaultValue("PT15M") Duration noShowGrace,
        @DefaultValue("UTC") ZoneId reminderZone) {

    public AppointmentProcessProperties {
        Objects.requireNonNull(noShowGrace, "noShowGrace");
        Objects.requireNonNull(reminderZone, "reminderZone");
        reminders = reminders == null ? List.of() : reminders.stream().distinct().toList();
        if (reminders.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new IllegalArgumentException("careledger.appointments.reminders must be positive durations");
        }
        if (noShowGrace.isNegative()) {
            throw new IllegalArgumentException("careledger.appointments.no-show-grace must not be negative");
        }
    }
}
