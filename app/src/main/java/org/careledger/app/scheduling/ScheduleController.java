package org.careledger.app.scheduling;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.careledger.api.appointment.ScheduleAbsence;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.FieldError;
import org.careledger.api.shared.InvalidRequest;
import org.careledger.api.shared.InvalidValue;
import org.careledger.query.appointment.WorkingWeek;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician's working hours and absences (docs/appointments-views.md). These are settings, not clinical facts, so
 * they live in tables of the application like users and organizations; free slots are computed from them.
 */
@RestController
@RequestMapping("/api/v1/clinicians/{clinicianId}")
class ScheduleController {
    static final int MAX_REASON = 200;
    static final Duration MAX_ABSENCE = Duration.ofDays(366);

    private final ClinicianScheduling scheduling;
    private final Clock clock;

    ScheduleController(ClinicianScheduling scheduling, Clock clock) {
        this.scheduling = scheduling;
        this.clock = clock;
    }

    record PeriodBody(String day, String start, String end) {}

    record WorkingHoursBody(Integer slotMinutes, List<PeriodBody> periods) {}

    record WorkingHours(UUID clinicianId, String timeZone, ClinicianScheduling.Source source, int slotMinutes,
            List<WorkingWeek.Period> periods) {}

    record AbsenceBody(String from, String to, String reason) {}

    record AbsenceCreated(UUID absenceId) {}

    @GetMapping("/working-hours")
    WorkingHours workingHours(@PathVariable UUID clinicianId, Actor viewer) {
        var week = scheduling.workingHours(viewer, clinicianId);
        return new WorkingHours(clinicianId, week.zone().getId(), week.source(), week.week().slotMinutes(),
                week.week().periods());
    }

    /** Replaces the whole week; an empty list of periods means the clinician takes no appointments. */
    @PutMapping("/working-hours")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setWorkingHours(@PathVariable UUID clinicianId, @RequestBody WorkingHoursBody body, Actor editor) {
        scheduling.setWorkingHours(editor, clinicianId, week(body));
    }

    /** Back to the organization's default week. */
    @DeleteMapping("/working-hours")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetWorkingHours(@PathVariable UUID clinicianId, Actor editor) {
        scheduling.resetWorkingHours(editor, clinicianId);
    }

    /** Absences that overlap {@code from} (default now) to {@code to} (default a year later). */
    @GetMapping("/absences")
    List<ScheduleAbsence> absences(@PathVariable UUID clinicianId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Actor viewer) {
        Instant since = from == null ? clock.instant() : parsed("from", from, Instant::parse);
        Instant until = to == null ? since.plus(MAX_ABSENCE) : parsed("to", to, Instant::parse);
        return scheduling.absences(viewer, clinicianId, since, until);
    }

    @PostMapping("/absences")
    ResponseEntity<AbsenceCreated> addAbsence(@PathVariable UUID clinicianId, @RequestBody AbsenceBody body,
            Actor editor) {
        List<FieldError> errors = new ArrayList<>();
        Instant from = collect(errors, () -> parsed("from", body == null ? null : body.from(), Instant::parse));
        Instant to = collect(errors, () -> parsed("to", body == null ? null : body.to(), Instant::parse));
        String reason = body == null ? null : body.reason();
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "must be after from"));
        } else if (from != null && to != null && Duration.between(from, to).compareTo(MAX_ABSENCE) > 0) {
            errors.add(new FieldError("to", "must be at most 366 days after from"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
        }
        refuseIfAny(errors);
        UUID absenceId = scheduling.addAbsence(editor, clinicianId, from, to, reason);
        return ResponseEntity.created(URI.create("/api/v1/clinicians/" + clinicianId + "/absences/" + absenceId))
                .body(new AbsenceCreated(absenceId));
    }

    @DeleteMapping("/absences/{absenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeAbsence(@PathVariable UUID clinicianId, @PathVariable UUID absenceId, Actor editor) {
        scheduling.removeAbsence(editor, clinicianId, absenceId);
    }

    /** Every bad field of the body in one 400, each period's fields named by its place in the list. */
    private static WorkingWeek week(WorkingHoursBody body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.slotMinutes() == null) {
            errors.add(new FieldError("slotMinutes", "is required"));
        }
        if (body == null || body.periods() == null) {
            errors.add(new FieldError("periods", "is required"));
        }
        List<WorkingWeek.Period> periods = new ArrayList<>();
        for (int i = 0; body != null && body.periods() != null && i < body.periods().size(); i++) {
            String name = "periods[" + i + "].";
            PeriodBody period = body.periods().get(i);
            DayOfWeek day = collect(errors, () -> parsed(name + "day", period == null ? null : period.day(),
                    word -> DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT))));
            LocalTime start = collect(errors, () -> parsed(name + "start", period == null ? null : period.start(),
                    LocalTime::parse));
            LocalTime end = collect(errors, () -> parsed(name + "end", period == null ? null : period.end(),
                    LocalTime::parse));
            if (day != null && start != null && end != null) {
                collect(errors, () -> periods.add(withName(name, () -> new WorkingWeek.Period(day, start, end))));
            }
        }
        refuseIfAny(errors);
        try {
            return new WorkingWeek(body.slotMinutes(), periods);
        } catch (InvalidValue invalid) {
            throw InvalidRequest.of(invalid);
        }
    }

    private static <T> T withName(String prefix, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValue invalid) {
            throw new InvalidValue(prefix + invalid.field(), invalid.reason());
        }
    }

    private static <T> T collect(List<FieldError> errors, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValue invalid) {
            errors.add(FieldError.of(invalid));
            return null;
        }
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    private static <T> T parsed(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(name, "is required");
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidValue(name, "is not valid");
        }
    }
}
