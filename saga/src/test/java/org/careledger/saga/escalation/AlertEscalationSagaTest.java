package org.careledger.saga.escalation;

import static org.careledger.saga.escalation.AlertEscalationSaga.ACK_DEADLINE;

import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.saga.SagaTestFixture;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.ClinicalError;
import org.careledger.api.shared.ClinicalErrorCode;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.escalation.EscalationPolicy.AckTimeoutOverrides;
import org.careledger.saga.escalation.EscalationPolicy.AckTimeouts;
import org.careledger.saga.escalation.EscalationPolicy.Overrides;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertEscalationSagaTest {
    private static final AlertId ALERT = AlertId.of("3f2b7c1e-9d4a-4e6b-8a15-0c7d2e9f4a01");
    private static final PatientId PATIENT = PatientId.of("3f2b7c1e-9d4a-4e6b-8a15-0c7d2e9f4a02");
    private static final OrganizationId ORG = OrganizationId.of("3f2b7c1e-9d4a-4e6b-8a15-0c7d2e9f4a03");
    private static final OrganizationId FAST_ORG = OrganizationId.of("3f2b7c1e-9d4a-4e6b-8a15-0c7d2e9f4a04");
    private static final UserId NURSE = UserId.of("3f2b7c1e-9d4a-4e6b-8a15-0c7d2e9f4a05");
    private static final Duration HIGH = Duration.ofMinutes(15);
    private static final Duration CRITICAL = Duration.ofMinutes(5);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final EscalateAlert ESCALATE = new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, null);
    static final EscalationPolicy POLICY = new EscalationPolicy(
            new AckTimeouts(CRITICAL, HIGH, Duration.ofMinutes(60), Duration.ofHours(24)), 3,
            Map.of(FAST_ORG.value(), new Overrides(new AckTimeoutOverrides(Duration.ofMinutes(2), null, null, null))));

    private final SagaTestFixture<AlertEscalationSaga> fixture = new SagaTestFixture<>(AlertEscalationSaga.class);

    @BeforeEach
    void setUp() {
        fixture.registerResource(POLICY);
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL, PT5M", "HIGH, PT15M", "MEDIUM, PT60M", "LOW, PT24H"})
    void aRaisedAlertGetsTheAcknowledgementDeadlineOfItsSeverity(Severity severity, Duration timeout) {
        fixture.givenNoPriorActivity()
                .whenPublishingA(raised(severity))
                .expectActiveSagas(1)
                .expectAssociationWith("alertId", ALERT)
                .expectScheduledDeadlineWithName(timeout, ACK_DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void anOrganizationsOwnTimeoutReplacesTheDefaultForThatOrganizationOnly() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new AlertRaised(ALERT, PATIENT, FAST_ORG, AlertType.NEWS2, Severity.CRITICAL, "NEWS2 7", null))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(2), ACK_DEADLINE);
    }

    @Test
    void anOrganizationWithoutItsOwnTimeoutForASeverityKeepsTheDefault() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new AlertRaised(ALERT, PATIENT, FAST_ORG, AlertType.NEWS2, Severity.HIGH, "HR", null))
                .expectScheduledDeadlineWithName(HIGH, ACK_DEADLINE);
    }

    @Test
    void nothingEscalatesASecondBeforeTheTimeout() {
        fixture.givenAPublished(raised(Severity.HIGH))
                .whenTimeElapses(HIGH.minus(ONE_SECOND))
                .expectTriggeredDeadlinesWithName()
                .expectNoDispatchedCommands();
    }

    @Test
    void anUnacknowledgedAlertEscalatesExactlyAtTheTimeoutAndTheClockStartsAgain() {
        fixture.givenAPublished(raised(Severity.HIGH))
                .whenTimeElapses(HIGH)
                .expectTriggeredDeadlinesWithName(ACK_DEADLINE)
                .expectDispatchedCommands(ESCALATE)
                .expectScheduledDeadlineWithName(HIGH, ACK_DEADLINE)
                .expectActiveSagas(1);
    }

    @Test
    void theNextLevelGetsTheSameTimeAndNotASecondLess() throws Exception {
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(HIGH)
                .andThenAPublished(escalated(1, EscalationReason.ACK_TIMEOUT))
                .whenTimeElapses(HIGH.minus(ONE_SECOND))
                .expectNoDispatchedCommands();
    }

    @Test
    void theNextLevelEscalatesWhenItsTimeRunsOut() throws Exception {
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(HIGH)
                .andThenAPublished(escalated(1, EscalationReason.ACK_TIMEOUT))
                .whenTimeElapses(HIGH)
                .expectTriggeredDeadlinesWithName(ACK_DEADLINE, ACK_DEADLINE) // the fixture counts the given phase's too
                .expectDispatchedCommands(ESCALATE)
                .expectScheduledDeadlineWithName(HIGH, ACK_DEADLINE);
    }

    @Test
    void theLastEscalationSchedulesNoFurtherDeadline() throws Exception {
        fixture.givenAPublished(raised(Severity.CRITICAL))
                .andThenTimeElapses(CRITICAL)
                .andThenAPublished(escalated(1, EscalationReason.ACK_TIMEOUT))
                .andThenTimeElapses(CRITICAL)
                .andThenAPublished(escalated(2, EscalationReason.ACK_TIMEOUT))
                .whenTimeElapses(CRITICAL)
                .expectDispatchedCommands(ESCALATE)
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void atTheLastLevelTheAlertWaitsForAcknowledgementWithoutEscalating() throws Exception {
        fixture.givenAPublished(raised(Severity.CRITICAL))
                .andThenTimeElapses(CRITICAL)
                .andThenAPublished(escalated(1, EscalationReason.ACK_TIMEOUT))
                .andThenTimeElapses(CRITICAL)
                .andThenAPublished(escalated(2, EscalationReason.ACK_TIMEOUT))
                .andThenTimeElapses(CRITICAL)
                .andThenAPublished(escalated(3, EscalationReason.ACK_TIMEOUT))
                .whenTimeElapses(Duration.ofDays(2))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void whenTheAlertReportsTheLastLevelThePendingDeadlineIsCancelled() throws Exception {
        // An alert that counts its raise as level 1 reaches level 3 after two escalations.
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(HIGH)
                .andThenAPublished(escalated(2, EscalationReason.ACK_TIMEOUT))
                .andThenTimeElapses(HIGH)
                .whenPublishingA(escalated(3, EscalationReason.ACK_TIMEOUT))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void aManualEscalationRestartsTheClockForTheNewLevel() throws Exception {
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(Duration.ofMinutes(10))
                .whenPublishingA(escalated(1, EscalationReason.MANUAL))
                .expectScheduledDeadlineWithName(HIGH, ACK_DEADLINE)
                .expectNoScheduledDeadlineWithName(Duration.ofMinutes(5), ACK_DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void aManualEscalationToTheLastLevelLeavesNoDeadline() {
        fixture.givenAPublished(raised(Severity.HIGH))
                .whenPublishingA(escalated(3, EscalationReason.MANUAL))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void aMoreSevereRecurrenceBringsTheDeadlineForward() throws Exception {
        fixture.givenAPublished(raised(Severity.LOW))
                .andThenTimeElapses(Duration.ofHours(1))
                .whenPublishingA(new AlertRecurred(ALERT, Severity.CRITICAL, "NEWS2 8", null))
                .expectScheduledDeadlineWithName(CRITICAL, ACK_DEADLINE)
                .expectNoScheduledDeadlineWithName(Duration.ofHours(23), ACK_DEADLINE);
    }

    @Test
    void aMoreSevereRecurrenceNeverPutsTheDeadlineOff() throws Exception {
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(Duration.ofMinutes(14))
                .whenPublishingA(new AlertRecurred(ALERT, Severity.CRITICAL, "NEWS2 8", null))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(1), ACK_DEADLINE)
                .expectNoScheduledDeadlineWithName(CRITICAL, ACK_DEADLINE);
    }

    @Test
    void aMilderRecurrenceLeavesTheDeadlineWhereItWas() throws Exception {
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(Duration.ofMinutes(10))
                .whenPublishingA(new AlertRecurred(ALERT, Severity.LOW, "HR 45", null))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(5), ACK_DEADLINE);
    }

    @Test
    void laterLevelsKeepTheRaisedSeverityAfterAMoreSevereRecurrence() {
        fixture.givenAPublished(raised(Severity.LOW))
                .andThenAPublished(new AlertRecurred(ALERT, Severity.CRITICAL, "NEWS2 8", null))
                .whenTimeElapses(CRITICAL)
                .expectDispatchedCommands(ESCALATE)
                .expectScheduledDeadlineWithName(CRITICAL, ACK_DEADLINE);
    }

    @Test
    void acknowledgementEndsTheSagaAndCancelsItsDeadline() {
        fixture.givenAPublished(raised(Severity.HIGH))
                .whenPublishingA(new AlertAcknowledged(ALERT, NURSE))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void resolutionEndsTheSagaAndCancelsItsDeadline() throws Exception {
        fixture.givenAPublished(raised(Severity.HIGH))
                .andThenTimeElapses(HIGH)
                .andThenAPublished(escalated(1, EscalationReason.ACK_TIMEOUT))
                .whenPublishingA(new AlertResolved(ALERT, "reviewed, no action", NURSE))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void cancellationEndsTheSagaAndCancelsItsDeadline() {
        fixture.givenAPublished(raised(Severity.HIGH))
                .whenPublishingA(new AlertCancelled(ALERT, "raised in error", NURSE))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAcknowledgedAlertNeverEscalates() {
        fixture.givenAPublished(raised(Severity.CRITICAL))
                .andThenAPublished(new AlertAcknowledged(ALERT, NURSE))
                .whenTimeElapses(Duration.ofDays(2))
                .expectTriggeredDeadlinesWithName()
                .expectNoDispatchedCommands();
    }

    @Test
    void aRefusedEscalationSchedulesNoFurtherDeadline() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            throw new CommandExecutionException("not open", null,
                    new ClinicalError(ClinicalErrorCode.ALERT_NOT_OPEN, "not open"));
        });
        fixture.givenAPublished(raised(Severity.HIGH))
                .whenTimeElapses(HIGH)
                .expectDispatchedCommands(ESCALATE)
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    private static AlertRaised raised(Severity severity) {
        return new AlertRaised(ALERT, PATIENT, ORG, AlertType.NEWS2, severity, "NEWS2", null);
    }

    private static AlertEscalated escalated(int level, EscalationReason reason) {
        return new AlertEscalated(ALERT, level, reason, reason == EscalationReason.MANUAL ? NURSE : null);
    }
}
