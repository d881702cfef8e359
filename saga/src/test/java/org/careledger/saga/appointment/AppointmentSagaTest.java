package org.careledger.saga.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.careledger.saga.appointment.AppointmentSaga.REMINDER_DUE;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.test.saga.SagaTestFixture;
import org.careledger.api.appointment.AppointmentBooked;
import org.careledger.api.appointment.AppointmentCancelled;
import org.careledger.api.appointment.AppointmentEnteredInError;
import org.careledger.api.appointment.AppointmentFulfilled;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentNoShow;
import org.careledger.api.appointment.AppointmentRescheduled;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.MarkNoShow;
import org.careledger.api.appointment.PatientCheckedIn;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.appointment.AppointmentSaga.NoShowDue;
import org.careledger.saga.appointment.AppointmentSaga.ReminderDue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppointmentSagaTest {
    static final AppointmentId APPOINTMENT = AppointmentId.of("3e9a1c52-7b4d-4f0e-8a16-2c5d9e0f1a01");
    static final PatientId PATIENT = PatientId.of("3e9a1c52-7b4d-4f0e-8a16-2c5d9e0f1a02");
    static final OrganizationId ORG = OrganizationId.of("3e9a1c52-7b4d-4f0e-8a16-2c5d9e0f1a03");
    static final UserId CLINICIAN = UserId.of("3e9a1c52-7b4d-4f0e-8a16-2c5d9e0f1a04");
    static final UserId OTHER_CLINICIAN = UserId.of("3e9a1c52-7b4d-4f0e-8a16-2c5d9e0f1a05");
    static final UserId NURSE = UserId.of("3e9a1c52-7b4d-4f0e-8a16-2c5d9e0f1a06");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant START = Instant.parse("2026-03-05T14:30:00Z");
    static final Duration GRACE = Duration.ofMinutes(15);
    static final AppointmentProcessProperties SETTINGS = new AppointmentProcessProperties(
            List.of(Duration.ofHours(24), Duration.ofHours(1)), GRACE, ZoneId.of("Europe/London"), null);

    private final SagaTestFixture<AppointmentSaga> fixture = new SagaTestFixture<>(AppointmentSaga.class);
    private final Reminded reminded = new Reminded();

    @BeforeEach
    void setUp() {
        fixture.registerResource(SETTINGS);
        fixture.registerResource(reminded);
    }

    @Test
    void aBookingSchedulesAReminderPerLeadTimeAndTheNoShowCheck() {
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(booked(START))
                .expectActiveSagas(1)
                .expectAssociationWith("appointmentId", APPOINTMENT)
                .expectScheduledDeadline(START.minus(Duration.ofHours(24)), new ReminderDue(1, 1440))
                .expectScheduledDeadline(START.minus(Duration.ofHours(1)), new ReminderDue(1, 60))
                .expectScheduledDeadline(START.plus(GRACE), new NoShowDue(1))
                .expectNoDispatchedCommands();
    }

    @Test
    void aLeadTimeAlreadyPassedAtBookingIsSkipped() {
        Instant soon = NOW.plus(Duration.ofHours(3));
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(booked(soon))
                .expectScheduledDeadline(soon.minus(Duration.ofHours(1)), new ReminderDue(1, 60))
                .expectNoScheduledDeadline(soon.minus(Duration.ofHours(24)), new ReminderDue(1, 1440))
                .expectScheduledDeadline(soon.plus(GRACE), new NoShowDue(1));
    }

    @Test
    void nothingIsSentASecondBeforeTheFirstReminder() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .whenTimeAdvancesTo(START.minus(Duration.ofHours(24)).minusSeconds(1))
                .expectTriggeredDeadlinesWithName()
                .expectNoDispatchedCommands();
        assertThat(reminded.reminders).isEmpty();
    }

    @Test
    void theFirstReminderGoesOutTwentyFourHoursBeforeTheStart() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .whenTimeAdvancesTo(START.minus(Duration.ofHours(24)))
                .expectTriggeredDeadlinesWithName(REMINDER_DUE)
                .expectNoDispatchedCommands();
        assertThat(reminded.reminders).singleElement().isEqualTo(reminder(START, CLINICIAN, 1440));
    }

    @Test
    void theSecondReminderGoesOutOneHourBeforeTheStart() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.minus(Duration.ofHours(24)))
                .whenTimeAdvancesTo(START.minus(Duration.ofHours(1)))
                // the fixture lists every deadline met so far, the first reminder's included
                .expectTriggeredDeadlines(new ReminderDue(1, 1440), new ReminderDue(1, 60))
                .expectNoDispatchedCommands();
        assertThat(reminded.reminders).containsExactly(reminder(START, CLINICIAN, 1440),
                reminder(START, CLINICIAN, 60));
    }

    @Test
    void aRescheduleMovesTheRemindersAndTheNoShowCheckToTheNewStart() {
        Instant later = START.plus(Duration.ofDays(2));
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .whenPublishingA(new AppointmentRescheduled(APPOINTMENT, PATIENT, OTHER_CLINICIAN, later, 45, START,
                        NURSE))
                .expectScheduledDeadline(later.minus(Duration.ofHours(24)), new ReminderDue(2, 1440))
                .expectScheduledDeadline(later.minus(Duration.ofHours(1)), new ReminderDue(2, 60))
                .expectScheduledDeadline(later.plus(GRACE), new NoShowDue(2))
                .expectNoScheduledDeadline(START.minus(Duration.ofHours(24)), new ReminderDue(1, 1440))
                .expectNoScheduledDeadline(START.minus(Duration.ofHours(1)), new ReminderDue(1, 60))
                .expectNoScheduledDeadline(START.plus(GRACE), new NoShowDue(1))
                .expectActiveSagas(1);
    }

    @Test
    void afterARescheduleNothingHappensAtTheOldTimesAndTheRemindersNameTheNewStart() throws Exception {
        Instant later = START.plus(Duration.ofDays(2));
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenAPublished(new AppointmentRescheduled(APPOINTMENT, PATIENT, OTHER_CLINICIAN, later, 45, START,
                        NURSE))
                .andThenTimeAdvancesTo(START.plus(Duration.ofHours(1)))
                .whenTimeAdvancesTo(later.minus(Duration.ofHours(24)))
                .expectTriggeredDeadlinesWithName(REMINDER_DUE)
                .expectNoDispatchedCommands();
        assertThat(reminded.reminders).singleElement().satisfies(reminder -> {
            assertThat(reminder.start()).isEqualTo(later);
            assertThat(reminder.clinicianId()).isEqualTo(OTHER_CLINICIAN);
            assertThat(reminder.durationMinutes()).isEqualTo(45);
            assertThat(reminder.minutesBefore()).isEqualTo(1440);
        });
    }

    @Test
    void aRescheduleCloserInSkipsTheLeadTimesAlreadyPassed() {
        Instant soon = NOW.plus(Duration.ofMinutes(90));
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .whenPublishingA(new AppointmentRescheduled(APPOINTMENT, PATIENT, CLINICIAN, soon, 30, START, NURSE))
                .expectScheduledDeadline(soon.minus(Duration.ofHours(1)), new ReminderDue(2, 60))
                .expectNoScheduledDeadline(soon.minus(Duration.ofHours(24)), new ReminderDue(2, 1440))
                .expectNoScheduledDeadline(START.minus(Duration.ofHours(24)), new ReminderDue(1, 1440));
    }

    @Test
    void aCancellationRemovesEveryDeadlineAndEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .whenPublishingA(new AppointmentCancelled(APPOINTMENT, PATIENT, "patient asked", NURSE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void nothingHappensAfterACancellation() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenAPublished(new AppointmentCancelled(APPOINTMENT, PATIENT, "patient asked", NURSE))
                .whenTimeAdvancesTo(START.plus(Duration.ofHours(2)))
                .expectTriggeredDeadlinesWithName()
                .expectNoDispatchedCommands();
        assertThat(reminded.reminders).isEmpty();
    }

    @Test
    void enteredInErrorRemovesEveryDeadlineAndEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .whenPublishingA(new AppointmentEnteredInError(APPOINTMENT, PATIENT, "wrong patient", NURSE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void aPatientNotCheckedInASecondBeforeTheGraceEndsIsNotMarked() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.minus(Duration.ofHours(1)))
                .whenTimeAdvancesTo(START.plus(GRACE).minusSeconds(1))
                .expectTriggeredDeadlines(new ReminderDue(1, 1440), new ReminderDue(1, 60))
                .expectNoDispatchedCommands();
    }

    @Test
    void aPatientNotCheckedInByStartPlusGraceIsMarkedAsANoShowByTheProcess() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.minus(Duration.ofHours(1)))
                .whenTimeAdvancesTo(START.plus(GRACE))
                .expectTriggeredDeadlines(new ReminderDue(1, 1440), new ReminderDue(1, 60), new NoShowDue(1))
                .expectDispatchedCommands(new MarkNoShow(APPOINTMENT, null))
                .expectActiveSagas(1);
    }

    @Test
    void aCheckInCancelsTheNoShowCheckAndTheRemindersLeft() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.minus(Duration.ofHours(2)))
                .whenPublishingA(new PatientCheckedIn(APPOINTMENT, PATIENT, NURSE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void aCheckedInPatientIsNeverMarkedAsANoShow() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.minus(Duration.ofHours(2)))
                .andThenAPublished(new PatientCheckedIn(APPOINTMENT, PATIENT, NURSE))
                .whenTimeAdvancesTo(START.plus(Duration.ofHours(1)))
                .expectTriggeredDeadlines(new ReminderDue(1, 1440))
                .expectNoDispatchedCommands();
        assertThat(reminded.reminders).extracting(AppointmentReminder::minutesBefore).containsExactly(1440);
    }

    @Test
    void theNoShowEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.plus(GRACE))
                .whenPublishingA(new AppointmentNoShow(APPOINTMENT, PATIENT, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void theFulfilmentEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(booked(START))
                .andThenTimeAdvancesTo(START.minus(Duration.ofMinutes(5)))
                .andThenAPublished(new PatientCheckedIn(APPOINTMENT, PATIENT, NURSE))
                .whenPublishingA(new AppointmentFulfilled(APPOINTMENT, PATIENT, CLINICIAN))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void leadTimesAreWholeMinutesOfAtLeastOne() {
        for (Duration lead : List.of(Duration.ofSeconds(30), Duration.ofSeconds(90), Duration.ZERO,
                Duration.ofMinutes(-5))) {
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new AppointmentProcessProperties(List.of(lead), GRACE, ZoneId.of("UTC"), null))
                    .withMessageContaining("whole minutes");
        }
        assertThat(new AppointmentProcessProperties(List.of(Duration.ofMinutes(1)), GRACE, ZoneId.of("UTC"), null)
                .reminders()).containsExactly(Duration.ofMinutes(1));
    }

    static AppointmentBooked booked(Instant start) {
        return new AppointmentBooked(APPOINTMENT, PATIENT, ORG, CLINICIAN, AppointmentType.FOLLOW_UP, start, 30,
                "chest pain review", null, false, NURSE);
    }

    static AppointmentReminder reminder(Instant start, UserId clinician, int minutesBefore) {
        return new AppointmentReminder(APPOINTMENT, PATIENT, ORG, clinician, AppointmentType.FOLLOW_UP, start, 30,
                null, minutesBefore);
    }

    /** The reminders the saga asked for, in order. */
    static final class Reminded implements ReminderSender {
        final List<AppointmentReminder> reminders = new CopyOnWriteArrayList<>();

        @Override
        public void remind(AppointmentReminder reminder) {
            reminders.add(reminder);
        }
    }
}
