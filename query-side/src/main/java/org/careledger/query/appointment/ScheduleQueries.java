package org.careledger.query.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.appointment.AppointmentStatus;
import org.careledger.api.appointment.AvailableSlots;
import org.careledger.api.appointment.ClinicianSchedule;
import org.careledger.api.appointment.FindAvailableSlots;
import org.careledger.api.appointment.FindClinicianSchedule;
import org.careledger.api.appointment.SchedulePeriod;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.springframework.stereotype.Component;

/**
 * Free slots and a clinician's day. A slot is free when it lies in the clinician's working hours, starts in the
 * future, and overlaps neither an absence nor an appointment that holds time (proposed, booked, checked in). A
 * clinician who is not one of the viewer's organization is answered as absent ({@code null}).
 */
@Component
class ScheduleQueries {
    static final Set<AppointmentStatus> HOLDING_TIME =
            EnumSet.of(AppointmentStatus.PROPOSED, AppointmentStatus.BOOKED, AppointmentStatus.CHECKED_IN);

    private final AppointmentViewRepository appointments;
    private final ClinicianCalendars calendars;
    private final AppointmentViewMapper mapper;
    private final Clock clock;

    ScheduleQueries(AppointmentViewRepository appointments, ClinicianCalendars calendars, AppointmentViewMapper mapper,
            Clock clock) {
        this.appointments = appointments;
        this.calendars = calendars;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Staff and patients (who request appointments) may look for free slots. */
    @QueryHandler
    AvailableSlots handle(FindAvailableSlots query) {
        Actor viewer = query.viewer();
        if (!AppointmentFilters.isStaff(viewer) && viewer.role() != Role.PATIENT) {
            return null;
        }
        ZoneId zone = calendars.zoneOf(viewer.organizationId());
        Instant from = Slots.startOf(query.from(), zone);
        Instant to = Slots.startOf(query.to().plusDays(1), zone);
        return calendars.find(query.clinicianId(), viewer.organizationId(), from, to)
                .map(calendar -> new AvailableSlots(query.clinicianId().value(), query.from(), query.to(),
                        zone.getId(), Slots.free(calendar.week(), zone, query.from(), query.to(),
                                blocked(query.clinicianId(), calendar, from, to), clock.instant())))
                .orElse(null);
    }

    /** A clinician's day is for staff. */
    @QueryHandler
    ClinicianSchedule handle(FindClinicianSchedule query) {
        Actor viewer = query.viewer();
        if (!AppointmentFilters.isStaff(viewer)) {
            return null;
        }
        ZoneId zone = calendars.zoneOf(viewer.organizationId());
        LocalDate date = query.date();
        Instant from = Slots.startOf(date, zone);
        Instant to = Slots.startOf(date.plusDays(1), zone);
        return calendars.find(query.clinicianId(), viewer.organizationId(), from, to)
                .map(calendar -> new ClinicianSchedule(query.clinicianId().value(), date, zone.getId(),
                        Slots.workingPeriods(calendar.week(), zone, date),
                        mapper.toSummaries(appointments.findAll(AppointmentFilters.visibleTo(viewer)
                                .and(AppointmentFilters.ofClinician(query.clinicianId()))
                                .and(AppointmentFilters.startingWithin(from, to))
                                .and(AppointmentFilters.notEnteredInError())
                                .and(AppointmentFilters.earliestFirst()))),
                        calendar.absences(),
                        Slots.free(calendar.week(), zone, date, date,
                                blocked(query.clinicianId(), calendar, from, to), clock.instant())))
                .orElse(null);
    }

    private List<SchedulePeriod> blocked(UserId clinician, ClinicianCalendar calendar, Instant from, Instant to) {
        List<SchedulePeriod> blocked = new ArrayList<>();
        appointments.overlapping(clinician.value(), HOLDING_TIME, from, to)
                .forEach(appointment -> blocked.add(new SchedulePeriod(appointment.getStartAt(), appointment.getEndAt())));
        calendar.absences().forEach(absence -> blocked.add(new SchedulePeriod(absence.from(), absence.to())));
        return blocked;
    }
}
