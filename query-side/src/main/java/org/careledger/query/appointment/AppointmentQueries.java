package org.careledger.query.appointment;

import static org.careledger.query.appointment.AppointmentFilters.earliestFirst;
import static org.careledger.query.appointment.AppointmentFilters.ofClinician;
import static org.careledger.query.appointment.AppointmentFilters.ofPatient;
import static org.careledger.query.appointment.AppointmentFilters.visibleTo;

import java.time.Clock;
import org.axonframework.queryhandling.QueryHandler;
import org.careledger.api.appointment.AppointmentDetails;
import org.careledger.api.appointment.AppointmentPage;
import org.careledger.api.appointment.AppointmentList;
import org.careledger.api.appointment.FindAppointmentById;
import org.careledger.api.appointment.FindAppointments;
import org.careledger.api.appointment.FindCalendarAppointments;
import org.careledger.api.appointment.FindUpcomingAppointments;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.UserId;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Answers the appointment queries from the appointment views. An appointment the viewer may not see is answered
 * exactly like one that does not exist: {@code null}, which Axon turns into an empty Optional. A clinician's lists
 * are for staff of the clinician's organization; for anyone else the clinician does not exist ({@code null}).
 */
@Component
class AppointmentQueries {
    private final AppointmentViewRepository appointments;
    private final AppointmentHistoryRepository history;
    private final AppointmentCareTeamRepository careTeam;
    private final ClinicianCalendars calendars;
    private final AppointmentViewMapper mapper;
    private final Clock clock;

    AppointmentQueries(AppointmentViewRepository appointments, AppointmentHistoryRepository history,
            AppointmentCareTeamRepository careTeam, ClinicianCalendars calendars, AppointmentViewMapper mapper,
            Clock clock) {
        this.appointments = appointments;
        this.history = history;
        this.careTeam = careTeam;
        this.calendars = calendars;
        this.mapper = mapper;
        this.clock = clock;
    }

    @QueryHandler
    AppointmentDetails handle(FindAppointmentById query) {
        var viewer = query.viewer();
        return appointments.findOne(AppointmentFilters.withId(query.appointmentId().value()).and(visibleTo(viewer)))
                .map(view -> {
                    var entries = history.findByAppointmentIdOrderBySequenceNumberAsc(view.getAppointmentId());
                    boolean onTeam = careTeam.isOnTeam(view.getPatientId(), viewer.userId().value());
                    return AppointmentFilters.mayReadReason(viewer, view, onTeam)
                            ? mapper.toDetails(view, entries)
                            : mapper.toDetailsWithoutFreeText(view, entries);
                })
                .orElse(null);
    }

    @QueryHandler
    AppointmentPage handle(FindAppointments query) {
        var filter = visibleTo(query.viewer())
                .and(ofPatient(query.patientId()))
                .and(ofClinician(query.clinicianId()))
                .and(AppointmentFilters.startingWithin(query.from(), query.to()))
                .and(AppointmentFilters.inStatus(query.statuses()))
                .and(earliestFirst());
        return mapper.toPage(appointments.findAll(filter, PageRequest.of(query.page(), query.size())));
    }

    /** Null when the clinician asked for is not a clinician of the viewer's organization, or the viewer not staff. */
    @QueryHandler
    AppointmentList handle(FindUpcomingAppointments query) {
        if (query.clinicianId() != null && !staffAskingAbout(query.viewer(), query.clinicianId())) {
            return null;
        }
        var filter = visibleTo(query.viewer())
                .and(ofPatient(query.patientId()))
                .and(ofClinician(query.clinicianId()))
                .and(AppointmentFilters.upcoming(clock.instant()))
                .and(earliestFirst());
        return new AppointmentList(
                mapper.toSummaries(appointments.findAll(filter, PageRequest.of(0, query.limit())).getContent()));
    }

    /** Null for a clinician's calendar as for their upcoming appointments; a patient's calendar may be empty. */
    @QueryHandler
    AppointmentList handle(FindCalendarAppointments query) {
        if (query.clinicianId() != null && !staffAskingAbout(query.viewer(), query.clinicianId())) {
            return null;
        }
        var filter = visibleTo(query.viewer())
                .and(ofPatient(query.patientId()))
                .and(ofClinician(query.clinicianId()))
                .and(AppointmentFilters.startingWithin(query.from(), query.to()))
                .and(earliestFirst());
        return new AppointmentList(mapper.toSummaries(appointments.findAll(filter)));
    }

    private boolean staffAskingAbout(Actor viewer, UserId clinician) {
        return AppointmentFilters.isStaff(viewer) && calendars.isClinician(clinician, viewer.organizationId());
    }
}
