package org.careledger.saga.appointment;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.shared.OrganizationId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the appointment process ({@code careledger.appointments.*}); see docs/reminders.md. The Appointment
 * aggregate reads the same {@code no-show-grace} and zones, so the process never asks for a no-show the aggregate
 * would refuse, and a reminder states the time in the zone the appointment's day is counted in.
 *
 * @param reminders how long before the start each reminder goes out, in whole minutes; a lead time already passed
 *     when the appointment is booked (or rescheduled) is skipped
 * @param noShowGrace how long after the start a patient who has not checked in is marked as a no-show
 * @param zone the time zone of every organization without its own: reminders state the date and time in it
 * @param organizations per organization id, its own zone
 */
@ConfigurationProperties("careledger.appointments")
public record AppointmentProcessProperties(
        @DefaultValue({"PT24H", "PT1H"}) List<Duration> reminders,
        @DefaultValue("PT15M") Duration noShowGrace,
        @DefaultValue("Europe/London") ZoneId zone,
        Map<UUID, OrganizationZone> organizations) {

    public AppointmentProcessProperties {
        reminders = reminders == null ? List.of() : reminders.stream().distinct().toList();
        // The appointment records each reminder by its lead time in minutes.
        if (reminders.stream().anyMatch(lead -> lead.toMinutes() < 1 || lead.toSeconds() % 60 != 0
                || lead.getNano() != 0)) {
            throw new IllegalArgumentException("careledger.appointments.reminders must be whole minutes, PT1M or more");
        }
        if (noShowGrace == null || noShowGrace.isNegative()) {
            throw new IllegalArgumentException("careledger.appointments.no-show-grace must not be negative");
        }
        if (zone == null) {
            throw new IllegalArgumentException("careledger.appointments.zone is required");
        }
        organizations = organizations == null ? Map.of() : Map.copyOf(organizations);
    }

    /** The zone an organization's appointments are stated in. */
    public ZoneId zoneOf(OrganizationId organization) {
        OrganizationZone own = organization == null ? null : organizations.get(organization.value());
        return own == null || own.zone() == null ? zone : own.zone();
    }

    /** One organization's zone, e.g. {@code careledger.appointments.organizations.<id>.zone=Europe/Dublin}. */
    public record OrganizationZone(ZoneId zone) {}
}
