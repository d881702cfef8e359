package org.careledger.query.appointment;

import static org.careledger.query.appointment.AppointmentParameters.date;
import static org.careledger.query.appointment.AppointmentParameters.instant;
import static org.careledger.query.appointment.AppointmentParameters.month;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.careledger.api.appointment.AppointmentDetails;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentPage;
import org.careledger.api.appointment.AppointmentRates;
import org.careledger.api.appointment.AvailableSlots;
import org.careledger.api.appointment.FindAppointmentById;
import org.careledger.api.appointment.FindAppointments;
import org.careledger.api.appointment.FindAvailableSlots;
import org.careledger.api.appointment.GetAppointmentRates;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appointment reads. They come from projections, so they may trail a command that just succeeded by a moment. */
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentQueryController {
    static final int DEFAULT_SLOT_DAYS = 7;
    static final int DEFAULT_RATE_MONTHS = 12;

    private final QueryGateway queries;
    private final Clock clock;

    AppointmentQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    AppointmentPage list(
            @RequestParam(required = false) UUID patientId,
            @RequestParam(required = false) UUID clinicianId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) List<String> status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Actor viewer) {
        var query = new FindAppointments(patientId == null ? null : new PatientId(patientId),
                clinicianId == null ? null : new UserId(clinicianId), instant("from", from), instant("to", to),
                AppointmentParameters.statuses(status), page, size, viewer);
        return queries.query(query, ResponseTypes.instanceOf(AppointmentPage.class)).join();
    }

    /** The days from {@code from} (default today) to {@code to} (default a week), both included. */
    @GetMapping("/available-slots")
    AvailableSlots availableSlots(
            @RequestParam(required = false) UUID clinicianId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Actor viewer) {
        if (clinicianId == null) {
            throw new InvalidValue("clinicianId", "is required");
        }
        LocalDate first = Objects.requireNonNullElseGet(date("from", from), () -> LocalDate.now(clock));
        LocalDate last = Objects.requireNonNullElse(date("to", to), first.plusDays(DEFAULT_SLOT_DAYS - 1));
        var query = new FindAvailableSlots(new UserId(clinicianId), first, last, viewer);
        return queries.query(query, ResponseTypes.optionalInstanceOf(AvailableSlots.class))
                .join()
                .orElseThrow(() -> new ClinicianRecordNotFound(clinicianId));
    }

    /** From month {@code from} to month {@code to} (default: the last twelve months up to this one). */
    @GetMapping("/rates")
    AppointmentRates rates(
            @RequestParam(required = false) UUID clinicianId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Actor viewer) {
        YearMonth last = Objects.requireNonNullElseGet(month("to", to), () -> YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        YearMonth first = Objects.requireNonNullElse(month("from", from), last.minusMonths(DEFAULT_RATE_MONTHS - 1));
        var query = new GetAppointmentRates(clinicianId == null ? null : new UserId(clinicianId), first, last, viewer);
        return queries.query(query, ResponseTypes.instanceOf(AppointmentRates.class)).join();
    }

    // Spring answers a matching If-None-Match with 304 itself when a 200 ResponseEntity carries an ETag.
    @GetMapping("/{appointmentId}")
    ResponseEntity<AppointmentDetails> find(@PathVariable UUID appointmentId, Actor viewer) {
        var query = new FindAppointmentById(new AppointmentId(appointmentId), viewer);
        AppointmentDetails appointment = queries.query(query, ResponseTypes.optionalInstanceOf(AppointmentDetails.class))
                .join()
                .orElseThrow(() -> new AppointmentRecordNotFound(appointmentId));
        return ResponseEntity.ok().eTag(Long.toString(appointment.version())).body(appointment);
    }
}
