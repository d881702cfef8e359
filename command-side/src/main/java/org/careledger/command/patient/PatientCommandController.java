package org.careledger.command.patient;

import static org.careledger.command.web.Fields.orRefuse;
import static org.careledger.command.web.Versions.etag;
import static org.careledger.command.web.Versions.fromIfMatch;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.careledger.api.patient.AssignCareTeamMember;
import org.careledger.api.patient.DischargePatient;
import org.careledger.api.patient.RecordVitalSigns;
import org.careledger.api.patient.RegisterPatient;
import org.careledger.api.patient.RemoveCareTeamMember;
import org.careledger.api.patient.SubmitCheckIn;
import org.careledger.api.patient.UpdateContactDetails;
import org.careledger.api.patient.UpdateDemographics;
import org.careledger.api.patient.VitalSignsSource;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Writes to a patient's record. Every successful write answers with the record's new version as ETag. */
@RestController
@RequestMapping("/api/v1/patients")
class PatientCommandController {
    private final CommandGateway commands;
    private final StaffDirectory staff;

    PatientCommandController(CommandGateway commands, StaffDirectory staff) {
        this.commands = commands;
        this.staff = staff;
    }

    record Created(UUID patientId) {}

    @PostMapping
    ResponseEntity<Created> register(@RequestBody PatientRequests.Registration body, Actor actor) {
        var valid = orRefuse(body.validate());
        var id = valid.patientId() == null ? PatientId.newId() : new PatientId(valid.patientId());
        commands.sendAndWait(new RegisterPatient(
                id, actor.organizationId(), valid.mrn(), valid.demographics(), valid.contactDetails(), actor));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(etag(0)).body(new Created(id.value()));
    }

    @PutMapping("/{patientId}/demographics")
    ResponseEntity<Void> updateDemographics(@PathVariable UUID patientId, @RequestBody PatientRequests.DemographicsChange body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        var demographics = orRefuse(body.validate());
        return written(new UpdateDemographics(new PatientId(patientId), demographics, fromIfMatch(ifMatch), actor));
    }

    @PutMapping("/{patientId}/contact-details")
    ResponseEntity<Void> updateContactDetails(@PathVariable UUID patientId, @RequestBody PatientRequests.ContactChange body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return written(new UpdateContactDetails(new PatientId(patientId), body.validate(), fromIfMatch(ifMatch), actor));
    }

    @PostMapping("/{patientId}/care-team")
    ResponseEntity<Void> assign(@PathVariable UUID patientId, @RequestBody PatientRequests.CareTeamAssignment body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        var valid = orRefuse(body.validate());
        var member = staff.find(new UserId(valid.memberId())).orElseThrow(StaffMemberUnknown::new);
        return written(new AssignCareTeamMember(
                new PatientId(patientId), member, valid.teamRole(), fromIfMatch(ifMatch), actor));
    }

    @DeleteMapping("/{patientId}/care-team/{memberId}")
    ResponseEntity<Void> remove(@PathVariable UUID patientId, @PathVariable UUID memberId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return written(new RemoveCareTeamMember(new PatientId(patientId), new UserId(memberId), fromIfMatch(ifMatch), actor));
    }

    @PostMapping("/{patientId}/vital-signs")
    ResponseEntity<Void> recordVitalSigns(@PathVariable UUID patientId, @RequestBody PatientRequests.Observation body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        var valid = orRefuse(body.validate());
        Instant observedAt = valid.observedAt() == null ? GenericEventMessage.clock.instant() : valid.observedAt();
        return written(new RecordVitalSigns(new PatientId(patientId), valid.vitalSigns(), sourceOf(actor), observedAt,
                fromIfMatch(ifMatch), actor));
    }

    @PostMapping("/{patientId}/check-ins")
    ResponseEntity<Void> submitCheckIn(@PathVariable UUID patientId, @RequestBody PatientRequests.CheckIn body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return written(new SubmitCheckIn(new PatientId(patientId), orRefuse(body.validate()), fromIfMatch(ifMatch), actor));
    }

    /** The body, with the reason, is optional: a discharge without one records {@code NOT_RECORDED}. */
    @PostMapping("/{patientId}/discharge")
    ResponseEntity<Void> discharge(@PathVariable UUID patientId,
            @RequestBody(required = false) PatientRequests.Discharge body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        var reason = body == null ? null : orRefuse(body.validate());
        return written(new DischargePatient(new PatientId(patientId), reason, fromIfMatch(ifMatch), actor));
    }

    private ResponseEntity<Void> written(Object command) {
        Object version = commands.sendAndWait(command);
        return ResponseEntity.noContent().eTag(etag(version)).build();
    }

    // The source of a reading follows from who sends it, so a device cannot pass itself off as a clinician.
    private static VitalSignsSource sourceOf(Actor actor) {
        return switch (actor.role()) {
            case DEVICE -> VitalSignsSource.DEVICE;
            case PATIENT -> VitalSignsSource.CHECK_IN;
            default -> VitalSignsSource.CLINICIAN;
        };
    }
}
