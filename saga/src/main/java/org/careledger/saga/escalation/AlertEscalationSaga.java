package org.careledger.saga.escalation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.saga.support.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an alert's acknowledgement clock: from the moment it is raised, every time the severity's
 * timeout passes without an acknowledgement the alert escalates one level, up to the policy's last
 * level. Acknowledgement, resolution or cancellation stop the clock and end the saga.
 *
 * <p>Like every saga, it starts at the head of the event stream and is never replayed: a rebuilt
 * saga would escalate alerts that were handled long ago.
 */
@Saga
// Saga state goes through Axon's Jackson serializer: its private fields are the state, not getters.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class AlertEscalationSaga {
    static final String ACK_DEADLINE = "alert-acknowledgement-due";
    private static final Logger log = LoggerFactory.getLogger(AlertEscalationSaga.class);

    private AlertId alertId;
    private OrganizationId organizationId;
    private Severity severity;
    /** The alert's level as its own events report it: 1 (the care team) from the raise on. */
    private int level;
    private int deadlineSerial;
    private String ackDeadlineId;
    private Instant ackDueAt;

    /** Axon creates sagas reflectively, which needs a public class and constructor. */
    public AlertEscalationSaga() {}

    @StartSaga
    @SagaEventHandler(associationProperty = "alertId")
    void on(AlertRaised event, @Timestamp Instant raisedAt, DeadlineManager deadlines, EscalationPolicy policy) {
        alertId = event.alertId();
        organizationId = event.organizationId();
        severity = event.severity();
        level = 1;
        scheduleAck(raisedAt, policy.ackTimeout(organizationId, severity), deadlines);
    }

    @DeadlineHandler(deadlineName = ACK_DEADLINE)
    void onAckOverdue(AckOverdue deadline, @Timestamp Instant now, CommandGateway commands,
            DeadlineManager deadlines, EscalationPolicy policy) {
        if (deadline.serial() != deadlineSerial) {
            return;
        }
        // This deadline has fired: cancelling it while it runs would make db-scheduler throw and the
        // whole run roll back and retry (axon-pitfalls.md 15), so it is forgotten, never cancelled.
        ackDeadlineId = null;
        ackDueAt = null;
        if (level >= policy.maxLevel()
                || !Commands.send(commands, new EscalateAlert(alertId, EscalationReason.ACK_TIMEOUT, null), log)) {
            // At the last level there is nobody further to escalate to: the alert waits for someone to
            // act. Refused: it was acknowledged or closed meanwhile, and the event that says so ends the saga.
            return;
        }
        level++;
        if (level < policy.maxLevel()) {
            scheduleAck(now, policy.ackTimeout(organizationId, severity), deadlines);
        }
    }

    @SagaEventHandler(associationProperty = "alertId")
    void on(AlertEscalated event, @Timestamp Instant escalatedAt, DeadlineManager deadlines, EscalationPolicy policy) {
        level = event.level();
        if (level >= policy.maxLevel()) {
            cancelAck(deadlines);
        } else if (event.reason() == EscalationReason.MANUAL) {
            // Someone escalated by hand: the new level's recipients get the full time to acknowledge.
            cancelAck(deadlines);
            scheduleAck(escalatedAt, policy.ackTimeout(organizationId, severity), deadlines);
        }
    }

    /**
     * A recurrence more severe than the alert so far makes it more urgent: when the new severity's
     * timeout, counted from the recurrence, ends before the pending deadline, the deadline moves up.
     * It never moves later: a milder recurrence does not buy time.
     */
    @SagaEventHandler(associationProperty = "alertId")
    void on(AlertRecurred event, @Timestamp Instant recurredAt, DeadlineManager deadlines, EscalationPolicy policy) {
        if (event.severity().compareTo(severity) <= 0) {
            return;
        }
        severity = event.severity();
        Duration timeout = policy.ackTimeout(organizationId, severity);
        if (ackDeadlineId != null && recurredAt.plus(timeout).isBefore(ackDueAt)) {
            cancelAck(deadlines);
            scheduleAck(recurredAt, timeout, deadlines);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "alertId")
    void on(AlertAcknowledged event, DeadlineManager deadlines) {
        cancelAck(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "alertId")
    void on(AlertResolved event, DeadlineManager deadlines) {
        cancelAck(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "alertId")
    void on(AlertCancelled event, DeadlineManager deadlines) {
        cancelAck(deadlines);
    }

    /**
     * The deadline manager counts the timeout from now, on its own clock; {@code ackDueAt}, on the
     * clock of the events, is only compared with later events' timestamps.
     */
    private void scheduleAck(Instant now, Duration timeout, DeadlineManager deadlines) {
        deadlineSerial++;
        ackDueAt = now.plus(timeout);
        ackDeadlineId = deadlines.schedule(timeout, ACK_DEADLINE, new AckOverdue(deadlineSerial));
    }

    private void cancelAck(DeadlineManager deadlines) {
        if (ackDeadlineId != null) {
            deadlines.cancelSchedule(ACK_DEADLINE, ackDeadlineId);
            ackDeadlineId = null;
            ackDueAt = null;
        }
    }
}
