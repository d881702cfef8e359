package org.careledger.command.alert;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.careledger.command.alert.AlertTexts.present;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.careledger.api.alert.AcknowledgeAlert;
import org.careledger.api.alert.AddAlertNote;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertNoteAdded;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.CancelAlert;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.RecordNotificationOutcome;
import org.careledger.api.alert.ResolveAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;

/**
 * A clinical alert about one patient, from raising to resolution or cancellation. Raising goes through
 * {@link AlertRaising}, which knows the patient and the other open alerts; everything after that is
 * decided here. Command handlers return the alert's new version, which the REST layer hands back as ETag.
 */
@Aggregate(cache = "alertCache")
// Snapshots go through the Jackson serializer: it must see the private state.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Alert {
    // The default escalation policy (domain.md) has three levels: care team (from the raise on),
    // on-call clinician, organization escalation contact; so an alert escalates at most twice.
    static final int LAST_LEVEL = 3;
    private static final Set<Role> CARE_GIVERS = EnumSet.of(Role.NURSE, Role.CLINICIAN);
    private static final Set<Role> CANCELLERS = EnumSet.of(Role.NURSE, Role.CLINICIAN, Role.ADMIN);

    @AggregateIdentifier
    private AlertId alertId;

    private OrganizationId organizationId;
    private AlertStatus status;
    private Severity severity;
    private int level;

    private Alert() {} // Axon rebuilds the instance from events through this constructor

    /** A new alert; {@link AlertRaising} has checked the patient and that none of this type is open. */
    Alert(RaiseAlert cmd) {
        requireRaisable(cmd);
        apply(new AlertRaised(cmd.alertId(), cmd.patientId(), cmd.organizationId(), cmd.type(), cmd.severity(),
                AlertTexts.summary(cmd.summary()), userOf(cmd.by())));
    }

    /** The finding of this open alert was raised again: it stays one alert, as severe as the worst report. */
    long recur(RaiseAlert cmd) {
        requireRaisable(cmd);
        requireNotClosed();
        Severity worst = cmd.severity().compareTo(severity) > 0 ? cmd.severity() : severity;
        apply(new AlertRecurred(alertId, worst, AlertTexts.summary(cmd.summary()), userOf(cmd.by())));
        return version();
    }

    boolean isOpen() {
        return !status.isClosed();
    }

    /** What every raise needs, checked before anything is locked or loaded. */
    static void requireRaisable(RaiseAlert cmd) {
        present("patientId", cmd.patientId());
        present("organizationId", cmd.organizationId());
        present("type", cmd.type());
        present("severity", cmd.severity());
        AlertTexts.summary(cmd.summary());
        if (cmd.by() != null) {
            permit(cmd.by(), CARE_GIVERS, "raise alerts");
        }
    }

    @CommandHandler
    long handle(AcknowledgeAlert cmd) {
        requireVisibleTo(cmd.by());
        permit(cmd.by(), CARE_GIVERS, "acknowledge alerts");
        requireAwaitingAcknowledgement();
        if (!cmd.onCareTeam()) {
            throw new NotOnCareTeam();
        }
        apply(new AlertAcknowledged(alertId, cmd.by().userId()));
        return version();
    }

    /** By a nurse or clinician by hand, or by the escalation saga ({@code by} null) when time runs out. */
    @CommandHandler
    long handle(EscalateAlert cmd) {
        requireVisibleTo(cmd.by());
        if (cmd.by() != null) {
            permit(cmd.by(), CARE_GIVERS, "escalate alerts");
        }
        requireEscalationReason(cmd);
        requireAwaitingAcknowledgement();
        if (level >= LAST_LEVEL) {
            throw new EscalationLimitReached(alertId, LAST_LEVEL);
        }
        apply(new AlertEscalated(alertId, level + 1, cmd.reason(), userOf(cmd.by())));
        return version();
    }

    // A note documents, it changes nothing: late entries after resolution or cancellation are accepted,
    // and their timestamp shows they came after the alert was closed.
    @CommandHandler
    long handle(AddAlertNote cmd) {
        requireVisibleTo(cmd.by());
        permit(cmd.by(), CARE_GIVERS, "add notes to alerts");
        apply(new AlertNoteAdded(alertId, AlertTexts.note(cmd.text()), cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(ResolveAlert cmd) {
        requireVisibleTo(cmd.by());
        permit(cmd.by(), EnumSet.of(Role.CLINICIAN), "resolve alerts");
        String outcome = AlertTexts.outcome(cmd.outcome());
        requireNotClosed();
        apply(new AlertResolved(alertId, outcome, cmd.by().userId()));
        return version();
    }

    @CommandHandler
    long handle(CancelAlert cmd) {
        requireVisibleTo(cmd.by());
        permit(cmd.by(), CANCELLERS, "cancel alerts");
        String reason = AlertTexts.reason(cmd.reason());
        requireNotClosed();
        apply(new AlertCancelled(alertId, reason, cmd.by().userId()));
        return version();
    }

    // Accepted in every state: a delivery report may arrive after the alert was closed, and the record
    // must still show who was told and when.
    @CommandHandler
    long handle(RecordNotificationOutcome cmd) {
        apply(NotificationOutcomes.eventFor(alertId, cmd, LAST_LEVEL));
        return version();
    }

    /** Another organization's user gets the same answer as for an alert that does not exist. */
    private void requireVisibleTo(Actor by) {
        if (by != null && !organizationId.equals(by.organizationId())) {
            throw new AlertNotFound(alertId);
        }
    }

    private static void permit(Actor by, Set<Role> allowed, String action) {
        if (by == null || !allowed.contains(by.role())) {
            throw new ActionNotPermitted(action);
        }
    }

    private static void requireEscalationReason(EscalateAlert cmd) {
        present("reason", cmd.reason());
        if (cmd.by() != null && cmd.reason() != EscalationReason.MANUAL) {
            throw new InvalidValue("reason", "must be MANUAL when a person escalates");
        }
    }

    private void requireAwaitingAcknowledgement() {
        requireNotClosed();
        if (!status.awaitsAcknowledgement()) {
            throw new AlertNotOpen(alertId, status);
        }
    }

    private void requireNotClosed() {
        if (status.isClosed()) {
            throw new AlertClosed(alertId, status);
        }
    }

    private static UserId userOf(Actor by) {
        return by == null ? null : by.userId();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AlertRaised e) {
        alertId = e.alertId();
        organizationId = e.organizationId();
        severity = e.severity();
        status = AlertStatus.RAISED;
        level = 1; // raising notifies the first level, the care team
    }

    @EventSourcingHandler
    void on(AlertRecurred e) {
        severity = e.severity();
    }

    @EventSourcingHandler
    void on(AlertEscalated e) {
        status = AlertStatus.ESCALATED;
        level = e.level();
    }

    @EventSourcingHandler
    void on(AlertAcknowledged e) {
        status = AlertStatus.ACKNOWLEDGED;
    }

    @EventSourcingHandler
    void on(AlertResolved e) {
        status = AlertStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(AlertCancelled e) {
        status = AlertStatus.CANCELLED;
    }
}
