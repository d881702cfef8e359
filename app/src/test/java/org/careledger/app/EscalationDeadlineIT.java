package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;

/**
 * The escalation saga on the real deadline manager: an unacknowledged alert escalates when its
 * (shortened) time runs out and again at the next level; acknowledgement cancels the pending
 * deadline and leaves no saga, association or deadline behind. The alert events are published
 * directly, as the Alert aggregate would publish them.
 */
class EscalationDeadlineIT {
    private static final Duration CRITICAL = Duration.ofSeconds(4);
    private static final OrganizationId ORG = new OrganizationId(UUID.randomUUID());
    private static final PatientId PATIENT = PatientId.newId();
    private static final UserId NURSE = new UserId(UUID.randomUUID());

    private final String database = StandaloneApp.newDatabase();

    @Test
    void anUnacknowledgedAlertEscalatesLevelByLevelAndAcknowledgementStopsIt() {
        try (StandaloneApp app = StandaloneApp.start(database,
                Map.of("careledger.escalation.ack-timeout.critical", CRITICAL.toString()))) {
            app.awaitProcessorRunning("AlertEscalationSagaProcessor");
            EventGateway events = app.bean(EventGateway.class);
            AlertId ignored = AlertId.newId();
            AlertId acknowledged = AlertId.newId();

            Instant raisedAt = Instant.now();
            events.publish(raised(ignored, AlertType.NEWS2), raised(acknowledged, AlertType.MANUAL));
            StandaloneApp.await("two pending deadlines", Duration.ofSeconds(10), () -> pendingDeadlines() == 2);
            events.publish(new AlertAcknowledged(acknowledged, NURSE));
            StandaloneApp.await("the acknowledged alert's deadline cancelled", Duration.ofSeconds(10),
                    () -> pendingDeadlines() == 1 && sagaRows(acknowledged) == 0);

            StandaloneApp.await("the first escalation", CRITICAL.plusSeconds(15), () -> app.escalations().size() == 1);
            var first = app.escalations().get(0);
            assertThat(first.command()).isEqualTo(new EscalateAlert(ignored, EscalationReason.ACK_TIMEOUT, null));
            assertThat(first.at()).isAfterOrEqualTo(raisedAt.plus(CRITICAL));

            events.publish(new AlertEscalated(ignored, 2, EscalationReason.ACK_TIMEOUT, null));
            StandaloneApp.await("the second escalation", CRITICAL.plusSeconds(15), () -> app.escalations().size() == 2);
            assertThat(app.escalations().get(1).at()).isAfterOrEqualTo(first.at().plus(CRITICAL));
            assertThat(app.escalations()).extracting(StandaloneApp.Recorded::command).containsOnly(
                    new EscalateAlert(ignored, EscalationReason.ACK_TIMEOUT, null));

            events.publish(new AlertEscalated(ignored, 3, EscalationReason.ACK_TIMEOUT, null),
                    new AlertAcknowledged(ignored, NURSE));
            StandaloneApp.await("every saga ended", Duration.ofSeconds(10),
                    () -> sagaRows(ignored) == 0 && pendingDeadlines() == 0);
            StandaloneApp.sleep(CRITICAL.plusSeconds(2));
            assertThat(app.escalations()).hasSize(2);

            // AxonFramework #3857: cancelling a deadline that no longer exists must not fail the caller.
            app.bean(DeadlineManager.class).cancelSchedule("alert-acknowledgement-due", UUID.randomUUID().toString());
        }
    }

    /** One open alert per patient and type: the two alerts of the test differ in type. */
    private static AlertRaised raised(AlertId alert, AlertType type) {
        return new AlertRaised(alert, PATIENT, ORG, type, Severity.CRITICAL, "NEWS2 7", null);
    }

    private long pendingDeadlines() {
        return count("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'");
    }

    /** Saga and association rows of the escalation saga of this alert. */
    private long sagaRows(AlertId alert) {
        return count("SELECT count(*) FROM associationvalueentry a JOIN sagaentry s ON s.sagaid = a.sagaid "
                + "WHERE a.associationkey = 'alertId' AND a.associationvalue = '" + alert + "'")
                + count("SELECT count(*) FROM associationvalueentry WHERE associationvalue = '" + alert + "'");
    }

    private long count(String sql) {
        try (var connection = StandaloneApp.connect(database);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
