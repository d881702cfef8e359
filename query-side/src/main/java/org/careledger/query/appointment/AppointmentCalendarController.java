package org.careledger.query.appointment;

import static org.careledger.query.appointment.AppointmentParameters.date;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.careledger.api.appointment.AppointmentList;
import org.careledger.api.appointment.AppointmentSummary;
import org.careledger.api.appointment.ClinicianSchedule;
import org.careledger.api.appointment.FindCalendarAppointments;
import org.careledger.api.appointment.FindClinicianSchedule;
import org.careledger.api.appointment.FindUpcomingAppointments;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician's and a patient's appointments: the clinician's day, the upcoming ones, and an iCalendar feed of each
 * that calendar applications subscribe to. The feed covers from {@link #FEED_PAST} ago to {@link #FEED_AHEAD} ahead.
 */
@RestController
class AppointmentCalendarController {
    static final Duration FEED_PAST = Duration.ofDays(90);
    static final Duration FEED_AHEAD = Duration.ofDays(400);
    static final String UPCOMING_LIMIT = "10";

    private final QueryGateway queries;
    private final Clock clock;

    AppointmentCalendarController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The day {@code date} (default today) in the organization's time zone. */
    @GetMapping("/api/v1/clinicians/{clinicianId}/schedule")
    ClinicianSchedule schedule(@PathVariable UUID clinicianId, @RequestParam(required = false) String date,
            Actor viewer) {
        LocalDate day = Objects.requireNonNullElseGet(date("date", date), () -> LocalDate.now(clock));
        var query = new FindClinicianSchedule(new UserId(clinicianId), day, viewer);
        return queries.query(query, ResponseTypes.optionalInstanceOf(ClinicianSchedule.class))
                .join()
                .orElseThrow(() -> new ClinicianRecordNotFound(clinicianId));
    }

    @GetMapping("/api/v1/clinicians/{clinicianId}/upcoming-appointments")
    List<AppointmentSummary> clinicianUpcoming(@PathVariable UUID clinicianId,
            @RequestParam(defaultValue = UPCOMING_LIMIT) int limit, Actor viewer) {
        return upcoming(new FindUpcomingAppointments(null, new UserId(clinicianId), limit, viewer))
                .orElseThrow(() -> new ClinicianRecordNotFound(clinicianId));
    }

    /** A patient sees their own; for a patient whose appointments the viewer may not see, the list is empty. */
    @GetMapping("/api/v1/patients/{patientId}/upcoming-appointments")
    List<AppointmentSummary> patientUpcoming(@PathVariable UUID patientId,
            @RequestParam(defaultValue = UPCOMING_LIMIT) int limit, Actor viewer) {
        return upcoming(new FindUpcomingAppointments(new PatientId(patientId), null, limit, viewer)).orElseThrow();
    }

    @GetMapping(value = "/api/v1/clinicians/{clinicianId}/calendar.ics")
    ResponseEntity<String> clinicianCalendar(@PathVariable UUID clinicianId, Actor viewer) {
        Instant now = clock.instant();
        var query = new FindCalendarAppointments(null, new UserId(clinicianId), now.minus(FEED_PAST),
                now.plus(FEED_AHEAD), viewer);
        List<AppointmentSummary> appointments =
                calendar(query).orElseThrow(() -> new ClinicianRecordNotFound(clinicianId));
        return feed("CareLedger clinic appointments", now, appointments);
    }

    @GetMapping(value = "/api/v1/patients/{patientId}/calendar.ics")
    ResponseEntity<String> patientCalendar(@PathVariable UUID patientId, Actor viewer) {
        Instant now = clock.instant();
        var query = new FindCalendarAppointments(new PatientId(patientId), null, now.minus(FEED_PAST),
                now.plus(FEED_AHEAD), viewer);
        return feed("CareLedger appointments", now, calendar(query).orElseThrow());
    }

    private Optional<List<AppointmentSummary>> upcoming(FindUpcomingAppointments query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(AppointmentList.class)).join()
                .map(AppointmentList::items);
    }

    private Optional<List<AppointmentSummary>> calendar(FindCalendarAppointments query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(AppointmentList.class)).join()
                .map(AppointmentList::items);
    }

    private static ResponseEntity<String> feed(String name, Instant now, List<AppointmentSummary> appointments) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ICalendar.MEDIA_TYPE))
                .header("Content-Disposition", "inline; filename=\"calendar.ics\"")
                .body(ICalendar.feed(name, now, appointments));
    }
}
