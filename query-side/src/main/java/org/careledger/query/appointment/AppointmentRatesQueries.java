package org.careledger.query.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.appointment.AppointmentRate;
import org.careledger.api.appointment.AppointmentRates;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.GetAppointmentRates;
import org.careledger.query.appointment.AppointmentViewRepository.StatusCount;
import org.springframework.stereotype.Component;

/**
 * Cancellation and no-show rates per clinician and month, counted from the appointment views month by month: a month
 * is a calendar month of the organization's time zone, so each is one range query that every database answers alike.
 * For staff only; anyone else gets no rates.
 */
@Component
class AppointmentRatesQueries {
    private final AppointmentViewRepository appointments;
    private final ClinicianCalendars calendars;

    AppointmentRatesQueries(AppointmentViewRepository appointments, ClinicianCalendars calendars) {
        this.appointments = appointments;
        this.calendars = calendars;
    }

    @QueryHandler
    AppointmentRates handle(GetAppointmentRates query) {
        var viewer = query.viewer();
        ZoneId zone = calendars.zoneOf(viewer.organizationId());
        List<AppointmentRate> rates = new ArrayList<>();
        if (AppointmentFilters.isStaff(viewer)) {
            for (YearMonth month = query.from(); !month.isAfter(query.to()); month = month.plusMonths(1)) {
                rates.addAll(ratesOf(month, counts(query, month, zone)));
            }
        }
        rates.sort(Comparator.comparing(AppointmentRate::clinicianId).thenComparing(AppointmentRate::monthStart));
        return new AppointmentRates(query.from().atDay(1), query.to().atDay(1), zone.getId(), rates);
    }

    private List<StatusCount> counts(GetAppointmentRates query, YearMonth month, ZoneId zone) {
        UUID organization = query.viewer().organizationId().value();
        Instant from = Slots.startOf(month.atDay(1), zone);
        Instant to = Slots.startOf(month.plusMonths(1).atDay(1), zone);
        return query.clinicianId() == null
                ? appointments.countByClinicianAndStatus(organization, from, to)
                : appointments.countByStatus(organization, query.clinicianId().value(), from, to);
    }

    private static List<AppointmentRate> ratesOf(YearMonth month, List<StatusCount> counts) {
        Map<UUID, Map<AppointmentStatus, Long>> byClinician = new HashMap<>();
        for (StatusCount count : counts) {
            if (count.getStatus() != AppointmentStatus.ENTERED_IN_ERROR) {
                byClinician.computeIfAbsent(count.getClinicianId(), id -> new HashMap<>())
                        .merge(count.getStatus(), count.getAppointments(), Long::sum);
            }
        }
        LocalDate monthStart = month.atDay(1);
        return byClinician.entrySet().stream()
                .map(entry -> rate(entry.getKey(), monthStart, entry.getValue()))
                .toList();
    }

    private static AppointmentRate rate(UUID clinician, LocalDate monthStart, Map<AppointmentStatus, Long> byStatus) {
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long fulfilled = byStatus.getOrDefault(AppointmentStatus.FULFILLED, 0L);
        long cancelled = byStatus.getOrDefault(AppointmentStatus.CANCELLED, 0L);
        long noShows = byStatus.getOrDefault(AppointmentStatus.NOSHOW, 0L);
        return new AppointmentRate(clinician, monthStart, all, fulfilled, cancelled, noShows,
                ratio(cancelled, all), ratio(noShows, fulfilled + noShows));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
