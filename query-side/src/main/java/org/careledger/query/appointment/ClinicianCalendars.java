package org.careledger.query.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.UserId;

/**
 * The scheduling configuration that availability is computed from: each organization's time zone and each
 * clinician's working week and absences. It is not event-sourced (working hours are settings, not clinical facts), so
 * the application answers it from its own tables.
 */
public interface ClinicianCalendars {

    /** The time zone the organization's days, working hours and months are counted in. */
    ZoneId zoneOf(OrganizationId organizationId);

    /** Whether the user is an enabled clinician of the organization. */
    boolean isClinician(UserId userId, OrganizationId organizationId);

    /**
     * The clinician's working week and the absences that overlap {@code from} (inclusive) to {@code to} (exclusive);
     * empty when the user is not an enabled clinician of that organization.
     */
    Optional<ClinicianCalendar> find(UserId clinicianId, OrganizationId organizationId, Instant from, Instant to);
}
