package org.careledger.command.appointment;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.shared.OrganizationId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the appointment rules read the clock: the time zone that decides an appointment's day (for check-in), and how
 * long after the start a patient who has not checked in counts as a no-show.
 *
 * @param zone the zone of every organization without its own
 * @param noShowGrace time after the start before a no-show may be recorded
 * @param organizations per organization id, its own zone
 */
@ConfigurationProperties("careledger.appointments")
record AppointmentSettings(
        @DefaultValue("Europe/London") ZoneId zone,
        @DefaultValue("PT15M") Duration noShowGrace,
        Map<UUID, OrganizationZone> organizations) {

    AppointmentSettings {
        if (zone == null) {
            throw new IllegalArgumentException("careledger.appointments.zone is required");
        }
        if (noShowGrace == null || noShowGrace.isNegative()) {
            throw new IllegalArgumentException("careledger.appointments.no-show-grace must not be negative");
        }
        organizations = organizations == null ? Map.of() : Map.copyOf(organizations);
    }

    ZoneId zoneOf(OrganizationId organization) {
        OrganizationZone own = organizations.get(organization.value());
        return own == null || own.zone() == null ? zone : own.zone();
    }

    /** One organization's zone, e.g. {@code careledger.appointments.organizations.<id>.zone=Europe/Dublin}. */
    record OrganizationZone(ZoneId zone) {}
}
