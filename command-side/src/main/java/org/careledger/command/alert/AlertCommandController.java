package org.careledger.command.alert;

import static org.careledger.command.web.Fields.orRefuse;
import static org.careledger.command.web.Versions.etag;

import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.careledger.api.alert.AcknowledgeAlert;
import org.careledger.api.alert.AddAlertNote;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.CancelAlert;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.RaisedAlert;
import org.careledger.api.alert.ResolveAlert;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Writes to alerts. Every successful write answers with the alert's new version as ETag. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertCommandController {
    private final CommandGateway commands;
    private final AlertLookups lookups;

    AlertCommandController(CommandGateway commands, AlertLookups lookups) {
        this.commands = commands;
        this.lookups = lookups;
    }

    record Raised(UUID alertId, boolean recurrence) {}

    /** 201 for a new alert; 200 when the raise recurred on the open alert of that patient and type. */
    @PostMapping
    ResponseEntity<Raised> raise(@RequestBody AlertRequests.Raise body, Actor actor) {
        var valid = orRefuse(body.validate());
        RaisedAlert raised = commands.sendAndWait(new RaiseAlert(AlertId.newId(), new PatientId(valid.patientId()),
                actor.organizationId(), valid.type(), valid.severity(), valid.summary(), actor));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(raised.alertId()).toUri();
        var response = raised.recurrence() ? ResponseEntity.ok().location(location) : ResponseEntity.created(location);
        return response.eTag(etag(raised.version())).body(new Raised(raised.alertId().value(), raised.recurrence()));
    }

    @PostMapping("/{alertId}/acknowledgements")
    ResponseEntity<Void> acknowledge(@PathVariable UUID alertId, Actor actor) {
        var id = new AlertId(alertId);
        return written(new AcknowledgeAlert(id, lookups.onCareTeamOf(id, actor.userId()), actor));
    }

    @PostMapping("/{alertId}/escalations")
    ResponseEntity<Void> escalate(@PathVariable UUID alertId, Actor actor) {
        var id = visibleTo(actor, alertId);
        return written(new EscalateAlert(id, EscalationReason.MANUAL, actor));
    }

    @PostMapping("/{alertId}/notes")
    ResponseEntity<Void> addNote(@PathVariable UUID alertId, @RequestBody AlertRequests.Note body, Actor actor) {
        var id = visibleTo(actor, alertId);
        return written(new AddAlertNote(id, orRefuse(body.validate()), actor));
    }

    @PostMapping("/{alertId}/resolution")
    ResponseEntity<Void> resolve(@PathVariable UUID alertId, @RequestBody AlertRequests.Resolution body, Actor actor) {
        var id = visibleTo(actor, alertId);
        return written(new ResolveAlert(id, orRefuse(body.validate()), actor));
    }

    @PostMapping("/{alertId}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable UUID alertId, @RequestBody AlertRequests.Cancellation body, Actor actor) {
        var id = visibleTo(actor, alertId);
        return written(new CancelAlert(id, orRefuse(body.validate()), actor));
    }

    /**
     * Nurses and clinicians work on the alerts of their own patients only, as the worklist shows them;
     * any other alert answers exactly like one that does not exist. (Acknowledgement keeps its own,
     * explicit refusal: domain.md makes it a care-team act.)
     */
    private AlertId visibleTo(Actor actor, UUID alertId) {
        var id = new AlertId(alertId);
        if (actor.role().isCareGiver() && !lookups.onCareTeamOf(id, actor.userId())) {
            throw new AlertNotFound(id);
        }
        return id;
    }

    private ResponseEntity<Void> written(Object command) {
        Object version = commands.sendAndWait(command);
        return ResponseEntity.noContent().eTag(etag(version)).build();
    }
}
