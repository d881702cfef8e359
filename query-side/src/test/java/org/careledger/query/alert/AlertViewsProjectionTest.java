package org.careledger.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.careledger.query.alert.AlertEvents.CLINICIAN;
import static org.careledger.query.alert.AlertEvents.NURSE;
import static org.careledger.query.alert.AlertEvents.PATIENT;
import static org.careledger.query.alert.AlertEvents.T0;
import static org.careledger.query.alert.AlertEvents.acknowledged;
import static org.careledger.query.alert.AlertEvents.alertId;
import static org.careledger.query.alert.AlertEvents.assigned;
import static org.careledger.query.alert.AlertEvents.cancelled;
import static org.careledger.query.alert.AlertEvents.escalated;
import static org.careledger.query.alert.AlertEvents.raised;
import static org.careledger.query.alert.AlertEvents.removed;
import static org.careledger.query.alert.AlertEvents.resolved;
import static org.careledger.query.alert.AlertEvents.staff;

import java.time.Instant;
import java.util.List;
import org.careledger.api.alert.AlertDetails;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertNoteAdded;
import org.careledger.api.alert.AlertNotificationFailed;
import org.careledger.api.alert.AlertNotificationSent;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertTimelineEntry;
import org.careledger.api.alert.AlertTimelineKind;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.FindAlertById;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AlertProjectionTest
class AlertViewsProjectionTest {
    private static final AlertId ALERT = alertId(1);
    private static final Instant RAISED = T0;
    private static final Instant ACKNOWLEDGED = T0.plusSeconds(1900);
    private static final Instant RESOLVED = T0.plusSeconds(3600);

    @Autowired AlertViewsProjection projection;
    @Autowired AlertViewRepository alerts;
    @Autowired AlertTimelineRepository timeline;
    @Autowired AlertCareTeamRepository careTeam;
    @Autowired AlertQueries queries;

    @BeforeEach
    void startEmpty() {
        projection.reset();
    }

    @Test
    void aRaisedAlertIsOpenAtTheCareTeamLevelAtTheEventsSequence() {
        projection.on(raised(ALERT, PATIENT, Severity.HIGH), 0, RAISED, REGULAR);

        AlertDetails alert = details();
        assertThat(alert.patientId()).isEqualTo(PATIENT.value());
        assertThat(alert.type()).isEqualTo(AlertType.NEWS2);
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
        assertThat(alert.status()).isEqualTo(AlertStatus.RAISED);
        assertThat(alert.level()).isEqualTo(1);
        assertThat(alert.summary()).isEqualTo("NEWS2 7: emergency response");
        assertThat(alert.raisedAt()).isEqualTo(RAISED);
        assertThat(alert.raisedBy()).isNull();
        assertThat(alert.recurrenceCount()).isZero();
        assertThat(alert.version()).isZero();
        assertThat(alert.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AlertTimelineKind.RAISED);
            assertThat(entry.at()).isEqualTo(RAISED);
            assertThat(entry.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void aRecurrenceCountsRaisesTheSeverityAndReplacesTheSummaryButNeverLowersTheSeverity() {
        projection.on(raised(ALERT, PATIENT, Severity.MEDIUM), 0, RAISED, REGULAR);
        projection.on(new AlertRecurred(ALERT, Severity.CRITICAL, "NEWS2 8", null), 1, T0.plusSeconds(60), REGULAR);
        projection.on(new AlertRecurred(ALERT, Severity.LOW, "NEWS2 5", NURSE), 2, T0.plusSeconds(120), REGULAR);

        AlertDetails alert = details();
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.summary()).isEqualTo("NEWS2 5");
        assertThat(alert.recurrenceCount()).isEqualTo(2);
        assertThat(alert.lastRecurredAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(alert.timeline().get(2)).extracting(AlertTimelineEntry::kind, AlertTimelineEntry::actorId,
                AlertTimelineEntry::severity).containsExactly(AlertTimelineKind.RECURRED, NURSE.value(), Severity.LOW);
    }

    @Test
    void theWholeLifeOfAnAlertIsOnItsTimelineWithWhoAndWhen() {
        history().forEach(Runnable::run);

        AlertDetails alert = details();
        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(alert.level()).isEqualTo(2);
        assertThat(alert.acknowledgedAt()).isEqualTo(ACKNOWLEDGED);
        assertThat(alert.acknowledgedBy()).isEqualTo(NURSE.value());
        assertThat(alert.resolvedAt()).isEqualTo(RESOLVED);
        assertThat(alert.resolvedBy()).isEqualTo(CLINICIAN.value());
        assertThat(alert.outcome()).isEqualTo("reviewed at home visit");
        assertThat(alert.version()).isEqualTo(7);
        assertThat(alert.timeline()).extracting(AlertTimelineEntry::sequence, AlertTimelineEntry::kind)
                .containsExactly(
                        tuple(0L, AlertTimelineKind.RAISED),
                        tuple(1L, AlertTimelineKind.NOTIFICATION_SENT),
                        tuple(2L, AlertTimelineKind.ESCALATED),
                        tuple(3L, AlertTimelineKind.NOTIFICATION_FAILED),
                        tuple(4L, AlertTimelineKind.ESCALATED),
                        tuple(5L, AlertTimelineKind.ACKNOWLEDGED),
                        tuple(6L, AlertTimelineKind.NOTE_ADDED),
                        tuple(7L, AlertTimelineKind.RESOLVED));
    }

    @Test
    void eachTimelineEntryCarriesTheDetailsOfItsKind() {
        history().forEach(Runnable::run);
        List<AlertTimelineEntry> entries = details().timeline();

        assertThat(entries.get(1)).extracting(AlertTimelineEntry::recipientId, AlertTimelineEntry::channel,
                        AlertTimelineEntry::level, AlertTimelineEntry::attempt, AlertTimelineEntry::deliveryState)
                .containsExactly(NURSE.value(), NotificationChannel.SMS, 0, 1, DeliveryState.DELIVERED);
        assertThat(entries.get(2)).extracting(AlertTimelineEntry::level, AlertTimelineEntry::reason,
                AlertTimelineEntry::actorId).containsExactly(1, "ACK_TIMEOUT", null);
        assertThat(entries.get(3)).extracting(AlertTimelineEntry::channel, AlertTimelineEntry::attempt,
                AlertTimelineEntry::reason).containsExactly(NotificationChannel.EMAIL, 2, "smtp-timeout");
        assertThat(entries.get(5)).extracting(AlertTimelineEntry::actorId, AlertTimelineEntry::at)
                .containsExactly(NURSE.value(), ACKNOWLEDGED);
        assertThat(entries.get(6)).extracting(AlertTimelineEntry::actorId, AlertTimelineEntry::note)
                .containsExactly(CLINICIAN.value(), "called the patient, symptoms easing");
        assertThat(entries.get(7)).extracting(AlertTimelineEntry::actorId, AlertTimelineEntry::outcome)
                .containsExactly(CLINICIAN.value(), "reviewed at home visit");
    }

    @Test
    void anEscalationAfterAcknowledgementRaisesTheLevelButLeavesItAcknowledged() {
        projection.on(raised(ALERT, PATIENT, Severity.HIGH), 0, RAISED, REGULAR);
        projection.on(acknowledged(ALERT), 1, ACKNOWLEDGED, REGULAR);
        projection.on(escalated(ALERT, 1), 2, ACKNOWLEDGED.plusSeconds(1), REGULAR);

        assertThat(details()).extracting(AlertDetails::status, AlertDetails::level)
                .containsExactly(AlertStatus.ACKNOWLEDGED, 1);
    }

    @Test
    void aCancelledAlertRecordsWhenWhoAndWhy() {
        projection.on(raised(ALERT, PATIENT, Severity.LOW), 0, RAISED, REGULAR);
        projection.on(cancelled(ALERT), 1, T0.plusSeconds(30), REGULAR);

        AlertDetails alert = details();
        assertThat(alert.status()).isEqualTo(AlertStatus.CANCELLED);
        assertThat(alert.cancelledAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(alert.cancelledBy()).isEqualTo(CLINICIAN.value());
        assertThat(alert.timeline().get(1).reason()).isEqualTo("raised in error");
    }

    @Test
    void deliveringEveryEventTwiceLeavesTheSameStateAndRowCounts() {
        history().forEach(Runnable::run);
        AlertDetails once = details();
        long timelineRows = timeline.count();

        history().forEach(delivery -> {
            delivery.run();
            delivery.run();
        });

        assertThat(details()).usingRecursiveComparison().isEqualTo(once);
        assertThat(alerts.count()).isEqualTo(1);
        assertThat(timeline.count()).isEqualTo(timelineRows).isEqualTo(8);
    }

    @Test
    void aRedeliveredOlderEventNeverMovesTheAlertBack() {
        history().forEach(Runnable::run);

        projection.on(acknowledged(ALERT), 5, T0.plusSeconds(9000), REGULAR);
        projection.on(raised(ALERT, PATIENT, Severity.LOW), 0, T0.plusSeconds(9000), REGULAR);

        assertThat(details()).extracting(AlertDetails::status, AlertDetails::severity, AlertDetails::acknowledgedAt)
                .containsExactly(AlertStatus.RESOLVED, Severity.HIGH, ACKNOWLEDGED);
    }

    @Test
    void anEventForAnUnknownAlertChangesNothing() {
        projection.on(acknowledged(ALERT), 1, ACKNOWLEDGED, REGULAR);

        assertThat(alerts.count()).isZero();
        assertThat(timeline.count()).isZero();
    }

    @Test
    void aRemovedCareTeamMemberStaysRemovedWhenAnOlderAssignmentIsRedelivered() {
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1);
        projection.on(removed(PATIENT, NURSE), 2);
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1);

        assertThat(careTeam.membersOf(PATIENT.value())).isEmpty();

        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 3);
        assertThat(careTeam.membersOf(PATIENT.value())).containsExactly(NURSE.value());
    }

    @Test
    void resetEmptiesEveryAlertTable() {
        history().forEach(Runnable::run);
        projection.on(assigned(PATIENT, NURSE, Role.NURSE), 1);

        projection.reset();

        assertThat(alerts.count() + timeline.count() + careTeam.count()).isZero();
    }

    private List<Runnable> history() {
        return List.of(
                () -> projection.on(raised(ALERT, PATIENT, Severity.HIGH), 0, RAISED, REGULAR),
                () -> projection.on(new AlertNotificationSent(ALERT, NURSE, NotificationChannel.SMS, 0, 1,
                        DeliveryState.DELIVERED), 1, T0.plusSeconds(5), REGULAR),
                () -> projection.on(escalated(ALERT, 1), 2, T0.plusSeconds(900), REGULAR),
                () -> projection.on(new AlertNotificationFailed(ALERT, CLINICIAN, NotificationChannel.EMAIL, 1, 2,
                        "smtp-timeout"), 3, T0.plusSeconds(905), REGULAR),
                () -> projection.on(escalated(ALERT, 2), 4, T0.plusSeconds(1800), REGULAR),
                () -> projection.on(acknowledged(ALERT), 5, ACKNOWLEDGED, REGULAR),
                () -> projection.on(new AlertNoteAdded(ALERT, "called the patient, symptoms easing", CLINICIAN), 6,
                        T0.plusSeconds(2000), REGULAR),
                () -> projection.on(resolved(ALERT), 7, RESOLVED, REGULAR));
    }

    private AlertDetails details() {
        return queries.handle(new FindAlertById(ALERT, staff(Role.ADMIN, AlertEvents.ADMIN)));
    }
}
