package org.careledger.command.appointment;

import static org.careledger.command.web.Fields.orRefuse;
import static org.careledger.command.web.Versions.etag;
import static org.careledger.command.web.Versions.fromIfMatch;

import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.BookAppointment;
import org.careledger.api.appointment.CancelAppointment;
import org.careledger.api.appointment.CheckInAppointment;
import org.careledger.api.appointment.CompleteAppointment;
import org.careledger.api.appointment.ConfirmAppointment;
import org.careledger.api.appointment.MarkAppointmentEnteredInError;
import org.careledger.api.appointment.MarkNoShow;
import org.careledger.api.appointment.RequestAppointment;
import org.careledger.api.appointment.RescheduleAppointment;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Writes to appointments. Every successful write answers with the appointment's new version as ETag. */
@RestController
class AppointmentCommandController {
    private static final String APPOINTMENTS = "/api/v1/appointments";
    private static final String ONE = APPOINTMENTS + "/{appointmentId}";

    private final CommandGateway commands;

    AppointmentCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record Created(UUID appointmentId) {}

    @PostMapping(APPOINTMENTS)
    ResponseEntity<Created> book(@RequestBody AppointmentRequests.Booking body, Actor actor) {
        var valid = orRefuse(body.validate());
        var id = AppointmentId.newId();
        Object version = commands.sendAndWait(new BookAppointment(id, new PatientId(valid.patientId()),
                actor.organizationId(), new UserId(valid.clinicianId()), valid.type(), valid.start(),
                valid.durationMinutes(), valid.reason(), valid.joinLink(), actor));
        return created(id, version);
    }

    /** A patient's request for their own record: the patient comes from the signed-in user, never from the body. */
    @PostMapping("/api/v1/appointment-requests")
    ResponseEntity<Created> request(@RequestBody AppointmentRequests.Request body, Actor actor) {
        var valid = orRefuse(body.validate());
        var id = AppointmentId.newId();
        Object version = commands.sendAndWait(new RequestAppointment(id, actor.patientId(), actor.organizationId(),
                new UserId(valid.clinicianId()), valid.type(), valid.start(), valid.durationMinutes(), valid.reason(),
                actor));
        return created(id, version);
    }

    @PostMapping(ONE + "/confirmation")
    ResponseEntity<Void> confirm(@PathVariable UUID appointmentId,
            @RequestBody(required = false) AppointmentRequests.Confirmation body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String joinLink = body == null ? null : body.joinLink();
        return written(new ConfirmAppointment(new AppointmentId(appointmentId), joinLink, fromIfMatch(ifMatch), actor));
    }

    @PostMapping(ONE + "/reschedule")
    ResponseEntity<Void> reschedule(@PathVariable UUID appointmentId, @RequestBody AppointmentRequests.Reschedule body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        var valid = orRefuse(body.validate());
        return written(new RescheduleAppointment(new AppointmentId(appointmentId), valid.start(), valid.durationMinutes(),
                fromIfMatch(ifMatch), actor));
    }

    @PostMapping(ONE + "/check-in")
    ResponseEntity<Void> checkIn(@PathVariable UUID appointmentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return written(new CheckInAppointment(new AppointmentId(appointmentId), fromIfMatch(ifMatch), actor));
    }

    @PostMapping(ONE + "/completion")
    ResponseEntity<Void> complete(@PathVariable UUID appointmentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return written(new CompleteAppointment(new AppointmentId(appointmentId), fromIfMatch(ifMatch), actor));
    }

    @PostMapping(ONE + "/cancellation")
    ResponseEntity<Void> cancel(@PathVariable UUID appointmentId, @RequestBody AppointmentRequests.Reason body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String reason = orRefuse(body.validate());
        return written(new CancelAppointment(new AppointmentId(appointmentId), reason, fromIfMatch(ifMatch), actor));
    }

    @PostMapping(ONE + "/no-show")
    ResponseEntity<Void> noShow(@PathVariable UUID appointmentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return written(new MarkNoShow(new AppointmentId(appointmentId), fromIfMatch(ifMatch), actor));
    }

    @PostMapping(ONE + "/entered-in-error")
    ResponseEntity<Void> enteredInError(@PathVariable UUID appointmentId, @RequestBody AppointmentRequests.Reason body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        String reason = orRefuse(body.validate());
        return written(new MarkAppointmentEnteredInError(new AppointmentId(appointmentId), reason, fromIfMatch(ifMatch),
                actor));
    }

    private static ResponseEntity<Created> created(AppointmentId id, Object version) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(APPOINTMENTS + "/{id}")
                .buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(etag(version)).body(new Created(id.value()));
    }

    private ResponseEntity<Void> written(Object command) {
        Object version = commands.sendAndWait(command);
        return ResponseEntity.noContent().eTag(etag(version)).build();
    }
}
