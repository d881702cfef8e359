package org.careledger.saga.rules;

import static org.careledger.saga.rules.MissedCheckInSaga.CHECK_IN_DUE;

import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.test.saga.SagaTestFixture;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CheckInAnswers;
import org.careledger.api.patient.CheckInSubmitted;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.patient.SymptomSeverity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.rules.AlertRulesProperties.MissedCheckIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissedCheckInSagaTest {
    private static final PatientId PATIENT = PatientId.of("8c4d2e1f-6a7b-4c3d-9e8f-1a2b3c4d5e01");
    private static final OrganizationId ORG = OrganizationId.of("8c4d2e1f-6a7b-4c3d-9e8f-1a2b3c4d5e02");
    private static final UserId ADMIN = UserId.of("8c4d2e1f-6a7b-4c3d-9e8f-1a2b3c4d5e03");
    private static final Duration INTERVAL = Duration.ofHours(24);
    private static final Duration GRACE = Duration.ofHours(2);
    private static final Duration FIRST_DUE = INTERVAL.plus(GRACE);
    static final AlertRulesProperties RULES = new AlertRulesProperties(VitalSignRulesTest.DEFAULT_LIMITS,
            new MissedCheckIn(INTERVAL, GRACE));

    private final SagaTestFixture<MissedCheckInSaga> fixture = new SagaTestFixture<>(MissedCheckInSaga.class);

    @BeforeEach
    void setUp() {
        fixture.registerResource(RULES);
    }

    @Test
    void registrationStartsTheWatchWithTheFirstCheckInDueAfterIntervalAndGrace() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(registered())
                .expectActiveSagas(1)
                .expectAssociationWith("patientId", PATIENT)
                .expectScheduledDeadlineWithName(FIRST_DUE, CHECK_IN_DUE)
                .expectNoDispatchedCommands();
    }

    @Test
    void nothingIsRaisedASecondBeforeTheGraceEnds() {
        fixture.givenAPublished(registered())
                .whenTimeElapses(FIRST_DUE.minusSeconds(1))
                .expectTriggeredDeadlinesWithName()
                .expectNoDispatchedCommands();
    }

    @Test
    void aMissedCheckInRaisesALowAlertAndTheWatchGoesOnForTheNextDay() {
        fixture.givenAPublished(registered())
                .whenTimeElapses(FIRST_DUE)
                .expectTriggeredDeadlinesWithName(CHECK_IN_DUE)
                .expectDispatchedCommands(missedAlert(1))
                .expectScheduledDeadlineWithName(INTERVAL, CHECK_IN_DUE)
                .expectActiveSagas(1);
    }

    @Test
    void eachMissedDayAsksForItsOwnAlert() throws Exception {
        fixture.givenAPublished(registered())
                .andThenTimeElapses(FIRST_DUE)
                .whenTimeElapses(INTERVAL)
                .expectDispatchedCommands(missedAlert(2))
                .expectScheduledDeadlineWithName(INTERVAL, CHECK_IN_DUE);
    }

    @Test
    void aCheckInStartsTheClockAgain() throws Exception {
        fixture.givenAPublished(registered())
                .andThenTimeElapses(Duration.ofHours(20))
                .whenPublishingA(checkIn())
                .expectScheduledDeadlineWithName(FIRST_DUE, CHECK_IN_DUE)
                .expectNoScheduledDeadlineWithName(Duration.ofHours(6), CHECK_IN_DUE)
                .expectNoDispatchedCommands();
    }

    @Test
    void aPatientWhoChecksInEveryDayRaisesNothing() throws Exception {
        fixture.givenAPublished(registered())
                .andThenTimeElapses(Duration.ofHours(25))
                .andThenAPublished(checkIn())
                .andThenTimeElapses(Duration.ofHours(25))
                .andThenAPublished(checkIn())
                .whenTimeElapses(Duration.ofHours(25))
                .expectTriggeredDeadlinesWithName()
                .expectNoDispatchedCommands();
    }

    @Test
    void dischargeEndsTheWatchAndCancelsTheDeadline() {
        fixture.givenAPublished(registered())
                .whenPublishingA(new PatientDischarged(PATIENT, ADMIN))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDischargedPatientRaisesNothingLater() {
        fixture.givenAPublished(registered())
                .andThenAPublished(new PatientDischarged(PATIENT, ADMIN))
                .whenTimeElapses(Duration.ofDays(3))
                .expectNoDispatchedCommands();
    }

    private static RaiseAlert missedAlert(int day) {
        return new RaiseAlert(AlertIds.forMissedCheckIn(PATIENT.value(), day), PATIENT, ORG, AlertType.MISSED_CHECK_IN,
                Severity.LOW, MissedCheckInSaga.SUMMARY, null);
    }

    private static PatientRegistered registered() {
        return new PatientRegistered(PATIENT, ORG, new Mrn("MRN0000001"),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                ContactDetails.none(), ADMIN);
    }

    private static CheckInSubmitted checkIn() {
        return new CheckInSubmitted(PATIENT, new CheckInAnswers(SymptomSeverity.NONE, SymptomSeverity.NONE,
                SymptomSeverity.NONE, SymptomSeverity.NONE, SymptomSeverity.NONE, null), null);
    }
}
