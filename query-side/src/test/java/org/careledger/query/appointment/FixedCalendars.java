package org.careledger.query.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careledger.api.appointment.ScheduleAbsence;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.UserId;

/**
 * The scheduling settings the application keeps in its tables, held in memory for query-side tests: which clinicians
 * work for which organization, their week and absences. The application's own implementation is exercised by
 * AppointmentViewsIT.
 */
final class FixedCalendars implements ClinicianCalendars {
    private record Clinician(OrganizationId organization, WorkingWeek week, List<ScheduleAbsence> absences) {}

    private final Map<UserId, Clinician> clinicians = new HashMap<>();
    private final ZoneId zone;

    FixedCalendars(ZoneId zone) {
        this.zone = zone;
    }

    void clinician(UserId clinician, OrganizationId organization, WorkingWeek week) {
        clinicians.put(clinician, new Clinician(organization, week, new ArrayList<>()));
    }

    void absent(UserId clinician, ScheduleAbsence absence) {
        clinicians.get(clinician).absences().add(absence);
    }

    void clear() {
        clinicians.clear();
    }

    @Override
    public ZoneId zoneOf(OrganizationId organizationId) {
        return zone;
    }

    @Override
    public boolean isClinician(UserId userId, OrganizationId organizationId) {
        return clinicians.containsKey(userId) && clinicians.get(userId).organization().equals(organizationId);
    }

    @Override
    public Optional<ClinicianCalendar> find(UserId clinicianId, OrganizationId organizationId, Instant from,
            Instant to) {
        if (!isClinician(clinicianId, organizationId)) {
            return Optional.empty();
        }
        Clinician clinician = clinicians.get(clinicianId);
        var overlapping = clinician.absences().stream()
                .filter(absence -> absence.from().isBefore(to) && absence.to().isAfter(from))
                .toList();
        return Optional.of(new ClinicianCalendar(zone, clinician.week(), overlapping));
    }
}
