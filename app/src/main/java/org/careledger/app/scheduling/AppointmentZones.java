package org.careledger.app.scheduling;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time zone of each organization's appointments, read from the same settings the command side decides an
 * appointment's day by ({@code careledger.appointments.zone}, {@code careledger.appointments.organizations.<id>.zone};
 * docs/appointments.md), so working hours, schedules and check-in agree on what "Monday" is.
 */
@ConfigurationProperties("careledger.appointments")
record AppointmentZones(@DefaultValue("Europe/London") ZoneId zone, Map<UUID, OrganizationZone> organizations) {

    AppointmentZones {
        organizations = organizations == null ? Map.of() : Map.copyOf(organizations);
    }

    ZoneId zoneOf(UUID organizationId) {
        OrganizationZone own = organizations.get(organizationId);
        return own == null || own.zone() == null ? zone : own.zone();
    }

    record OrganizationZone(ZoneId zone) {}
}
