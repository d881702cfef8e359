package org.careledger.command.alert;

import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.careledger.api.alert.AcknowledgeAlert;
import org.careledger.api.alert.AddAlertNote;
import org.careledger.api.alert.AlertAcknowledged;
import org.careledger.api.alert.AlertCancelled;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertNoteAdded;
import org.careledger.api.alert.AlertNotificationFailed;
import org.careledger.api.alert.AlertNotificationSent;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertRecurred;
import org.careledger.api.alert.AlertResolved;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.CancelAlert;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.EscalateAlert;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.RecordNotificationOutcome;
import org.careledger.api.alert.ResolveAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.InvalidValue;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertTest {

    private static final AlertId ALERT = AlertId.of("3b5f1c7e-9a4d-4c2b-8e61-5d0a7f2c0001");
    private static final PatientId PATIENT = PatientId.of("3b5f1c7e-9a4d-4c2b-8e61-5d0a7f2c0002");
    private static final OrganizationId ORG = OrganizationId.of("3b5f1c7e-9a4d-4c2b-8e61-5d0a7f2c0003");
    private static final OrganizationId OTHER_ORG = OrganizationId.of("3b5f1c7e-9a4d-4c2b-8e61-5d0a7f2c0004");

    private static final Actor NURSE = Actor.staff(user(1), Role.NURSE, ORG);
    private static final Actor CLINICIAN = Actor.staff(user(2), Role.CLINICIAN, ORG);
    private static final Actor ADMIN = Actor.staff(user(3), Role.ADMIN, ORG);
    private static final Actor AUDITOR = Actor.staff(user(4), Role.AUDITOR, ORG);
    private static final Actor DEVICE = Actor.staff(user(5), Role.DEVICE, ORG);
    private static final Actor PATIENT_USER = new Actor(user(6), Role.PATIENT, ORG, PATIENT);
    private static final Actor FOREIGN_NURSE = Actor.staff(user(7), Role.NURSE, OTHER_ORG);
    private static final Actor FOREIGN_CLINICIAN = Actor.staff(user(8), Role.CLINICIAN, OTHER_ORG);
    private static final UserId RECIPIENT = user(9);

    private static final String SUMMARY = "NEWS2 7: emergency response";
    private static final AlertRaised RAISED =
            new AlertRaised(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.HIGH, SUMMARY, null);
    private static final AlertAcknowledged ACKNOWLEDGED = new AlertAcknowledged(ALERT, NURSE.userId());
    private static final AlertResolved RESOLVED = new AlertResolved(ALERT, "reviewed, no deterioration", CLINICIAN.userId());
    private static final AlertCancelled CANCELLED = new AlertCancelled(ALERT, "raised in error", NURSE.userId());

    private FixtureConfiguration<Alert> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Alert.class);
    }

    // raising

    @Test
    void raisingByHandRecordsTheAlertWithTheRaisingNurse() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(raise(Severity.MEDIUM, NURSE)))
                .expectEvents(new AlertRaised(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.MEDIUM, SUMMARY, NURSE.userId()));
    }

    @Test
    void aRuleRaisesAlertsWithoutAUser() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(raise(Severity.HIGH, null)))
                .expectEvents(RAISED);
    }

    @ParameterizedTest
    @MethodSource("notCareGivers")
    void onlyNursesAndCliniciansRaiseAlertsByHand(Actor actor) {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(raise(Severity.HIGH, actor)))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void aRaiseNeedsASummary() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(new RaiseAlert(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.HIGH, " ", NURSE)))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void aSummaryLongerThanTheLimitIsRefused() {
        String tooLong = "x".repeat(AlertTexts.SUMMARY_LIMIT + 1);
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(new RaiseAlert(ALERT, PATIENT, ORG, AlertType.NEWS2, Severity.HIGH, tooLong, NURSE)))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void aRaiseNeedsASeverity() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(raise(null, NURSE)))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void aRaiseNeedsAType() {
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> new Alert(new RaiseAlert(ALERT, PATIENT, ORG, null, Severity.HIGH, SUMMARY, NURSE)))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    // recurrence

    @Test
    void aLessSevereRecurrenceKeepsTheAlertsSeverity() {
        fixture.given(RAISED)
                .whenInvoking(ALERT.toString(), alert -> alert.recur(raise(Severity.LOW, NURSE)))
                .expectEvents(new AlertRecurred(ALERT, Severity.HIGH, SUMMARY, NURSE.userId()));
    }

    @Test
    void aMoreSevereRecurrenceRaisesTheAlertsSeverity() {
        fixture.given(RAISED)
                .whenInvoking(ALERT.toString(), alert -> alert.recur(raise(Severity.CRITICAL, null)))
                .expectEvents(new AlertRecurred(ALERT, Severity.CRITICAL, SUMMARY, null));
    }

    @Test
    void theSeverityOfEarlierRecurrencesIsKept() {
        fixture.given(RAISED, new AlertRecurred(ALERT, Severity.CRITICAL, SUMMARY, null))
                .whenInvoking(ALERT.toString(), alert -> alert.recur(raise(Severity.MEDIUM, null)))
                .expectEvents(new AlertRecurred(ALERT, Severity.CRITICAL, SUMMARY, null));
    }

    @Test
    void anAcknowledgedAlertStillRecurs() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .whenInvoking(ALERT.toString(), alert -> alert.recur(raise(Severity.HIGH, null)))
                .expectEvents(new AlertRecurred(ALERT, Severity.HIGH, SUMMARY, null));
    }

    @Test
    void aClosedAlertDoesNotRecur() {
        fixture.given(RAISED, RESOLVED)
                .whenInvoking(ALERT.toString(), alert -> alert.recur(raise(Severity.HIGH, null)))
                .expectNoEvents()
                .expectException(AlertClosed.class);
    }

    @Test
    void onlyNursesAndCliniciansRecordARecurrenceByHand() {
        fixture.given(RAISED)
                .whenInvoking(ALERT.toString(), alert -> alert.recur(raise(Severity.HIGH, ADMIN)))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    // acknowledgement

    @Test
    void aNurseOnTheCareTeamAcknowledgesARaisedAlert() {
        fixture.given(RAISED)
                .when(new AcknowledgeAlert(ALERT, true, NURSE))
                .expectEvents(ACKNOWLEDGED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void aClinicianOnTheCareTeamAcknowledgesAnEscalatedAlert() {
        fixture.given(RAISED, escalated(2))
                .when(new AcknowledgeAlert(ALERT, true, CLINICIAN))
                .expectEvents(new AlertAcknowledged(ALERT, CLINICIAN.userId()))
                .expectResultMessagePayload(2L);
    }

    @Test
    void acknowledgingNeedsTheCareTeam() {
        fixture.given(RAISED)
                .when(new AcknowledgeAlert(ALERT, false, NURSE))
                .expectNoEvents()
                .expectException(NotOnCareTeam.class);
    }

    @Test
    void anAcknowledgedAlertIsNotAcknowledgedAgain() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new AcknowledgeAlert(ALERT, true, CLINICIAN))
                .expectNoEvents()
                .expectException(AlertNotOpen.class);
    }

    @ParameterizedTest
    @MethodSource("closings")
    void aClosedAlertIsNotAcknowledged(Object closing) {
        fixture.given(RAISED, closing)
                .when(new AcknowledgeAlert(ALERT, true, NURSE))
                .expectNoEvents()
                .expectException(AlertClosed.class);
    }

    @ParameterizedTest
    @MethodSource("notCareGivers")
    void onlyNursesAndCliniciansAcknowledge(Actor actor) {
        fixture.given(RAISED)
                .when(new AcknowledgeAlert(ALERT, true, actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    // escalation

    @Test
    void theEscalationSagaMovesARaisedAlertFromTheCareTeamToLevelTwo() {
        fixture.given(RAISED)
                .when(new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, null))
                .expectEvents(escalated(2))
                .expectResultMessagePayload(1L);
    }

    @Test
    void eachEscalationMovesOneLevelUp() {
        fixture.given(RAISED, escalated(2))
                .when(new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, null))
                .expectEvents(escalated(3));
    }

    @Test
    void escalationStopsAtTheLastLevel() {
        fixture.given(RAISED, escalated(2), escalated(Alert.LAST_LEVEL))
                .when(new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, null))
                .expectNoEvents()
                .expectException(EscalationLimitReached.class);
    }

    @Test
    void aNurseEscalatesByHand() {
        fixture.given(RAISED)
                .when(new EscalateAlert(ALERT, EscalationReason.MANUAL, NURSE))
                .expectEvents(new AlertEscalated(ALERT, 2, EscalationReason.MANUAL, NURSE.userId()));
    }

    @Test
    void aPersonCannotClaimAnAcknowledgementTimeout() {
        fixture.given(RAISED)
                .when(new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, CLINICIAN))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void anEscalationNeedsAReason() {
        fixture.given(RAISED)
                .when(new EscalateAlert(ALERT, null, null))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void anAcknowledgedAlertIsNotEscalated() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, null))
                .expectNoEvents()
                .expectException(AlertNotOpen.class);
    }

    @ParameterizedTest
    @MethodSource("closings")
    void aClosedAlertIsNotEscalated(Object closing) {
        fixture.given(RAISED, closing)
                .when(new EscalateAlert(ALERT, EscalationReason.ACK_TIMEOUT, null))
                .expectNoEvents()
                .expectException(AlertClosed.class);
    }

    @ParameterizedTest
    @MethodSource("notCareGivers")
    void onlyNursesAndCliniciansEscalateByHand(Actor actor) {
        fixture.given(RAISED)
                .when(new EscalateAlert(ALERT, EscalationReason.MANUAL, actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    // notes

    @Test
    void aNurseAddsANote() {
        fixture.given(RAISED)
                .when(new AddAlertNote(ALERT, "  called the patient, no answer ", NURSE))
                .expectEvents(new AlertNoteAdded(ALERT, "called the patient, no answer", NURSE.userId()))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest
    @MethodSource("closings")
    void notesAreStillAddedToAClosedAlert(Object closing) {
        fixture.given(RAISED, closing)
                .when(new AddAlertNote(ALERT, "late entry: patient called back", CLINICIAN))
                .expectEvents(new AlertNoteAdded(ALERT, "late entry: patient called back", CLINICIAN.userId()));
    }

    @Test
    void anEmptyNoteIsRefused() {
        fixture.given(RAISED)
                .when(new AddAlertNote(ALERT, "", NURSE))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @ParameterizedTest
    @MethodSource("notCareGivers")
    void onlyNursesAndCliniciansAddNotes(Actor actor) {
        fixture.given(RAISED)
                .when(new AddAlertNote(ALERT, "a note", actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    // resolution

    @Test
    void aClinicianResolvesAnAcknowledgedAlert() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new ResolveAlert(ALERT, "reviewed, no deterioration", CLINICIAN))
                .expectEvents(RESOLVED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void aClinicianMayResolveAnAlertNobodyAcknowledged() {
        fixture.given(RAISED, escalated(2))
                .when(new ResolveAlert(ALERT, "reviewed, no deterioration", CLINICIAN))
                .expectEvents(RESOLVED);
    }

    @ParameterizedTest
    @MethodSource("notClinicians")
    void onlyCliniciansResolve(Actor actor) {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new ResolveAlert(ALERT, "reviewed", actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void aResolutionNeedsAnOutcome() {
        fixture.given(RAISED, ACKNOWLEDGED)
                .when(new ResolveAlert(ALERT, null, CLINICIAN))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @ParameterizedTest
    @MethodSource("closings")
    void aClosedAlertIsNotResolved(Object closing) {
        fixture.given(RAISED, closing)
                .when(new ResolveAlert(ALERT, "reviewed", CLINICIAN))
                .expectNoEvents()
                .expectException(AlertClosed.class);
    }

    // cancellation

    @ParameterizedTest
    @MethodSource("openStates")
    void anOpenAlertIsCancelled(Object[] history) {
        fixture.given(history)
                .when(new CancelAlert(ALERT, "raised in error", NURSE))
                .expectEvents(CANCELLED);
    }

    @ParameterizedTest
    @MethodSource("cancellers")
    void nursesCliniciansAndAdministratorsCancel(Actor actor) {
        fixture.given(RAISED)
                .when(new CancelAlert(ALERT, "raised in error", actor))
                .expectEvents(new AlertCancelled(ALERT, "raised in error", actor.userId()))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest
    @MethodSource("nonCancellers")
    void othersDoNotCancel(Actor actor) {
        fixture.given(RAISED)
                .when(new CancelAlert(ALERT, "raised in error", actor))
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void aCancellationNeedsAReason() {
        fixture.given(RAISED)
                .when(new CancelAlert(ALERT, "\t", NURSE))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @ParameterizedTest
    @MethodSource("closings")
    void aClosedAlertIsNotCancelled(Object closing) {
        fixture.given(RAISED, closing)
                .when(new CancelAlert(ALERT, "raised in error", ADMIN))
                .expectNoEvents()
                .expectException(AlertClosed.class);
    }

    // organizations

    @ParameterizedTest
    @MethodSource("commandsFromAnotherOrganization")
    void anotherOrganizationDoesNotFindTheAlert(Object command) {
        fixture.given(RAISED)
                .when(command)
                .expectNoEvents()
                .expectException(AlertNotFound.class);
    }

    // notification outcomes

    @Test
    void aDeliveredNotificationIsRecorded() {
        fixture.given(RAISED)
                .when(outcome(DeliveryState.DELIVERED, null))
                .expectEvents(new AlertNotificationSent(ALERT, RECIPIENT, NotificationChannel.SMS, 1, 2, DeliveryState.DELIVERED))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aFailedNotificationIsRecordedWithItsReason() {
        fixture.given(RAISED)
                .when(outcome(null, "provider answered 503"))
                .expectEvents(new AlertNotificationFailed(ALERT, RECIPIENT, NotificationChannel.SMS, 1, 2, "provider answered 503"));
    }

    @ParameterizedTest
    @MethodSource("closings")
    void lateDeliveryReportsAreRecordedOnClosedAlerts(Object closing) {
        fixture.given(RAISED, closing)
                .when(outcome(DeliveryState.READ, null))
                .expectEvents(new AlertNotificationSent(ALERT, RECIPIENT, NotificationChannel.SMS, 1, 2, DeliveryState.READ));
    }

    @Test
    void anOutcomeIsEitherSentOrFailedNotBoth() {
        fixture.given(RAISED)
                .when(outcome(DeliveryState.DISPATCHED, "timeout"))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void anOutcomeWithoutStateOrFailureIsRefused() {
        fixture.given(RAISED)
                .when(outcome(null, null))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void attemptsCountFromOne() {
        fixture.given(RAISED)
                .when(new RecordNotificationOutcome(ALERT, RECIPIENT, NotificationChannel.EMAIL, 1, 0, DeliveryState.DISPATCHED, null))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    @Test
    void notificationLevelsEndAtTheLastEscalationLevel() {
        fixture.given(RAISED)
                .when(new RecordNotificationOutcome(ALERT, RECIPIENT, NotificationChannel.EMAIL, Alert.LAST_LEVEL + 1, 1,
                        DeliveryState.DISPATCHED, null))
                .expectNoEvents()
                .expectException(InvalidValue.class);
    }

    // helpers and parameters

    static Stream<Named<Actor>> notCareGivers() {
        return Stream.of(Named.of("admin", ADMIN), Named.of("auditor", AUDITOR), Named.of("device", DEVICE),
                Named.of("patient", PATIENT_USER));
    }

    static Stream<Named<Actor>> notClinicians() {
        return Stream.of(Named.of("nurse", NURSE), Named.of("admin", ADMIN), Named.of("auditor", AUDITOR));
    }

    static Stream<Named<Actor>> cancellers() {
        return Stream.of(Named.of("nurse", NURSE), Named.of("clinician", CLINICIAN), Named.of("admin", ADMIN));
    }

    static Stream<Named<Actor>> nonCancellers() {
        return Stream.of(Named.of("auditor", AUDITOR), Named.of("device", DEVICE), Named.of("patient", PATIENT_USER));
    }

    static Stream<Named<Object>> closings() {
        return Stream.of(Named.of("resolved", RESOLVED), Named.of("cancelled", CANCELLED));
    }

    static Stream<Named<Object[]>> openStates() {
        return Stream.of(Named.of("raised", new Object[] {RAISED}),
                Named.of("escalated", new Object[] {RAISED, escalated(2)}),
                Named.of("acknowledged", new Object[] {RAISED, ACKNOWLEDGED}));
    }

    static Stream<Named<Object>> commandsFromAnotherOrganization() {
        return Stream.of(Named.of("acknowledge", new AcknowledgeAlert(ALERT, true, FOREIGN_NURSE)),
                Named.of("escalate", new EscalateAlert(ALERT, EscalationReason.MANUAL, FOREIGN_NURSE)),
                Named.of("add note", new AddAlertNote(ALERT, "a note", FOREIGN_NURSE)),
                Named.of("resolve", new ResolveAlert(ALERT, "reviewed", FOREIGN_CLINICIAN)),
                Named.of("cancel", new CancelAlert(ALERT, "raised in error", FOREIGN_NURSE)));
    }

    private static RaiseAlert raise(Severity severity, Actor by) {
        return new RaiseAlert(ALERT, PATIENT, ORG, AlertType.NEWS2, severity, SUMMARY, by);
    }

    private static AlertEscalated escalated(int level) {
        return new AlertEscalated(ALERT, level, EscalationReason.ACK_TIMEOUT, null);
    }

    private static RecordNotificationOutcome outcome(DeliveryState state, String failure) {
        return new RecordNotificationOutcome(ALERT, RECIPIENT, NotificationChannel.SMS, 1, 2, state, failure);
    }

    private static UserId user(int n) {
        return new UserId(UUID.fromString(String.format("3b5f1c7e-9a4d-4c2b-8e61-5d0a7f2c1%03d", n)));
    }
}
