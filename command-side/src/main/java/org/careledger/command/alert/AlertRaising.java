package org.careledger.command.alert;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.RaisedAlert;
import org.careledger.api.shared.Actor;
import org.careledger.command.alert.AlertLookups.AlertPatient;
import org.springframework.stereotype.Component;

/**
 * Raises alerts, keeping at most one open alert per patient and alert type: a repeat becomes a
 * recurrence on the open alert. Concurrent raises for one patient queue on the patient's lookup row,
 * locked until the command's transaction commits, so the second raise sees the first one's open alert.
 */
@Component
class AlertRaising {
    private final Repository<Alert> alerts;
    private final AlertLookups lookups;

    AlertRaising(Repository<Alert> alerts, AlertLookups lookups) {
        this.alerts = alerts;
        this.lookups = lookups;
    }

    @CommandHandler
    RaisedAlert handle(RaiseAlert cmd) throws Exception {
        Alert.requireRaisable(cmd);
        AlertPatient patient = lookups.lockPatient(cmd.patientId())
                .filter(p -> p.organizationId().equals(cmd.organizationId()) && visibleTo(p, cmd.by()))
                .orElseThrow(() -> new PatientNotFound(cmd.patientId()));
        if (patient.discharged()) {
            throw new PatientIsDischarged(cmd.patientId());
        }
        Optional<AlertId> openId = lookups.openAlert(cmd.patientId(), cmd.type());
        if (openId.isPresent()) {
            Aggregate<Alert> open = alerts.load(openId.get().toString());
            // The lookup row can be stale: a resolution committed while this raise waited for the alert.
            if (open.invoke(Alert::isOpen)) {
                return new RaisedAlert(openId.get(), true, open.invoke(alert -> alert.recur(cmd)));
            }
        }
        Aggregate<Alert> raised = alerts.newInstance(() -> new Alert(cmd));
        return new RaisedAlert(cmd.alertId(), false, raised.version());
    }

    /**
     * A rule sees every patient of its organization; a person only patients of their own organization,
     * and a nurse or clinician only those on whose care team they sit, as for the patient record itself.
     */
    private boolean visibleTo(AlertPatient patient, Actor by) {
        return by == null || by.organizationId().equals(patient.organizationId())
                && (!by.role().isCareGiver() || lookups.onCareTeam(patient.patientId(), by.userId()));
    }
}
