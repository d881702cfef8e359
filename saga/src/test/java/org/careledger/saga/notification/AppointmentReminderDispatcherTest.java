package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.appointment.AppointmentId;
import org.careledger.api.appointment.AppointmentType;
import org.careledger.api.appointment.RecordReminderOutcome;
import org.careledger.api.patient.ContactDetails;
import org.careledger.api.patient.ContactDetailsUpdated;
import org.careledger.api.patient.Demographics;
import org.careledger.api.patient.Mrn;
import org.careledger.api.patient.PatientRegistered;
import org.careledger.api.patient.PersonName;
import org.careledger.api.patient.Sex;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.careledger.saga.appointment.AppointmentProcessProperties;
import org.careledger.saga.appointment.AppointmentProcessProperties.OrganizationZone;
import org.careledger.saga.appointment.AppointmentReminder;
import org.careledger.saga.notification.DeliveryClaims.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The reminder sender on a real database and a real command bus, as the appointment saga's deadline calls it; only
 * the channels are stand-ins (their adapters have their own tests against GreenMail and a local HTTP server).
 */
class AppointmentReminderDispatcherTest {
    private static final OrganizationId ORGANIZATION = new OrganizationId(UUID.randomUUID());
    private static final OrganizationId OTHER_ORGANIZATION = new OrganizationId(UUID.randomUUID());
    private static final UserId CLINICIAN = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000c1"));
    private static final UserId ACCOUNT = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000c2"));
    private static final UserId ADMIN = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000c3"));
    private static final Instant START = Instant.parse("2026-05-04T10:00:00Z");
    private static final NotificationProperties.Retry RETRY =
            new NotificationProperties.Retry(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(100));
    private static final Duration QUIET = Duration.ofMillis(300);

    private final ScriptedNotifier sms = new ScriptedNotifier(NotificationChannel.SMS);
    private final ScriptedNotifier email = new ScriptedNotifier(NotificationChannel.EMAIL);
    private final ScriptedNotifier whatsApp = new ScriptedNotifier(NotificationChannel.WHATSAPP);
    private final List<RecordReminderOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final PatientId patient = PatientId.newId();
    private final People people = new People().named(CLINICIAN, "Dr Amara Okafor");
    private DataSource database;
    private NotificationDirectory directory;
    private ReminderClaims claims;
    private NotificationDelivery delivery;
    private AppointmentReminderDispatcher dispatcher;

    @BeforeEach
    void givenAPatientWithContactDetailsOnTheRecord() {
        database = TestDatabases.H2.create();
        var jdbc = new JdbcTemplate(database);
        directory = new NotificationDirectory(jdbc);
        claims = new ReminderClaims(jdbc);
        var commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(RecordReminderOutcome.class.getName(), command -> {
            outcomes.add((RecordReminderOutcome) command.getPayload());
            return null;
        });
        delivery = new NotificationDelivery(List.of(sms, email, whatsApp, new InAppNotifier()),
                Executors.newScheduledThreadPool(2), RETRY,
                DefaultCommandGateway.builder().commandBus(commandBus).build(), new DeliveryClaims(jdbc),
                Clock.systemUTC());
        dispatcher = new AppointmentReminderDispatcher(people, directory, claims, delivery, new AppointmentProcessProperties(
                List.of(), Duration.ZERO, ZoneId.of("Europe/London"),
                Map.of(OTHER_ORGANIZATION.value(), new OrganizationZone(ZoneId.of("America/New_York")))),
                Clock.systemUTC());
        directory.on(new PatientRegistered(patient, ORGANIZATION, new Mrn("MRN0000042"),
                new Demographics(new PersonName("Ada", "Example"), LocalDate.of(1950, 1, 1), Sex.FEMALE),
                new ContactDetails("record@example.org", "+447700900111", "1 High Street"), ADMIN));
    }

    @AfterEach
    void stopSending() {
        delivery.close();
    }

    @Test
    void aPatientWithAnAccountIsRemindedOnTheAccountsChannelsAndEachOutcomeRecorded() throws Exception {
        people.patientAccount(patient, new Contact(ACCOUNT, "account@example.org", "+447700900222",
                Set.of(NotificationChannel.EMAIL, NotificationChannel.WHATSAPP, NotificationChannel.IN_APP)));
        var reminder = reminder(AppointmentId.newId(), START, 1440);

        dispatcher.remind(reminder);

        await(() -> outcomes.size() == 2);
        assertThat(email.sent()).extracting(OutgoingMessage::address).containsExactly("account@example.org");
        assertThat(whatsApp.sent()).extracting(OutgoingMessage::address).containsExactly("+447700900222");
        assertThat(email.sent()).singleElement().extracting(OutgoingMessage::text).asString()
                .contains("with Dr Amara Okafor").contains("Monday 4 May 2026 at 11:00 (Europe/London)");
        assertThat(sms.sent()).isEmpty();
        assertThat(outcomes).extracting(RecordReminderOutcome::channel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.WHATSAPP);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.appointmentId()).isEqualTo(reminder.appointmentId());
            assertThat(outcome.minutesBefore()).isEqualTo(1440);
            assertThat(outcome.recipient()).isEqualTo(ACCOUNT);
            assertThat(outcome.attempt()).isEqualTo(1);
            assertThat(outcome.state()).isEqualTo(DeliveryState.DISPATCHED);
            assertThat(outcome.failure()).isNull();
        });
        var emailKey = new ReminderMessage(reminder, ACCOUNT, NotificationChannel.EMAIL, null, null, ZoneId.of("UTC"))
                .key();
        await(() -> claims.status(emailKey).equals(Optional.of(Status.SENT)));
    }

    @Test
    void aPatientWithoutAnAccountIsRemindedOnTheRecordsEmailAndPhone() throws Exception {
        dispatcher.remind(reminder(AppointmentId.newId(), START, 60));

        await(() -> outcomes.size() == 2);
        assertThat(email.sent()).extracting(OutgoingMessage::address).containsExactly("record@example.org");
        assertThat(sms.sent()).extracting(OutgoingMessage::address).containsExactly("+447700900111");
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.recipient().value()).isEqualTo(patient.value()));
    }

    @Test
    void theRecordsLatestContactDetailsAreUsed() throws Exception {
        directory.on(new ContactDetailsUpdated(patient, new ContactDetails("moved@example.org", null, null), ADMIN));

        dispatcher.remind(reminder(AppointmentId.newId(), START, 60));

        await(() -> outcomes.size() == 1);
        assertThat(email.sent()).extracting(OutgoingMessage::address).containsExactly("moved@example.org");
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void anAccountThatCanOnlyBeToldInAppFallsBackToTheRecord() throws Exception {
        people.patientAccount(patient, new Contact(ACCOUNT, null, null, Set.of(NotificationChannel.IN_APP)));

        dispatcher.remind(reminder(AppointmentId.newId(), START, 60));

        await(() -> outcomes.size() == 2);
        assertThat(email.sent()).extracting(OutgoingMessage::address).containsExactly("record@example.org");
        assertThat(outcomes).extracting(RecordReminderOutcome::channel).doesNotContain(NotificationChannel.IN_APP);
    }

    @Test
    void aPatientWhoCannotBeReachedIsRemindedOfNothing() throws Exception {
        directory.on(new ContactDetailsUpdated(patient, ContactDetails.none(), ADMIN));

        dispatcher.remind(reminder(AppointmentId.newId(), START, 60));

        pause(QUIET);
        assertThat(email.sent()).isEmpty();
        assertThat(sms.sent()).isEmpty();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void aDeadlineThatRunsTwiceRemindsOnce() throws Exception {
        var reminder = reminder(AppointmentId.newId(), START, 60);

        dispatcher.remind(reminder);
        dispatcher.remind(reminder);

        await(() -> outcomes.size() == 2);
        pause(QUIET);
        assertThat(email.sent()).hasSize(1);
        assertThat(sms.sent()).hasSize(1);
        assertThat(outcomes).hasSize(2);
    }

    @Test
    void aRescheduledAppointmentIsRemindedAgainForItsNewStart() throws Exception {
        var appointment = AppointmentId.newId();

        dispatcher.remind(reminder(appointment, START, 60));
        dispatcher.remind(reminder(appointment, START.plus(Duration.ofDays(1)), 60));

        await(() -> outcomes.size() == 4);
        assertThat(email.sent()).hasSize(2);
    }

    @Test
    void nothingIsSentBeforeTheDeadlinesTransactionCommits() throws Exception {
        var reminder = reminder(AppointmentId.newId(), START, 60);
        var deadline = GenericDeadlineMessage.asDeadlineMessage("appointment-reminder-due", null, Instant.now());
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(database));
        var emailKey = new ReminderMessage(reminder, ReminderMessage.patientRecord(reminder), NotificationChannel.EMAIL,
                null, null, ZoneId.of("UTC")).key();

        var rolledBack = DefaultUnitOfWork.startAndGet(deadline);
        rolledBack.attachTransaction(transactions);
        rolledBack.executeWithResult(() -> {
            dispatcher.remind(reminder);
            throw new IllegalStateException("the saga could not be stored");
        });
        pause(QUIET);
        assertThat(email.sent()).isEmpty();
        assertThat(claims.status(emailKey)).isEmpty();

        var runAgain = DefaultUnitOfWork.startAndGet(deadline);
        runAgain.attachTransaction(transactions);
        runAgain.executeWithResult(() -> {
            dispatcher.remind(reminder);
            return null;
        });
        await(() -> outcomes.size() == 2);
        assertThat(email.sent()).hasSize(1);
    }

    @Test
    void aTransientFailureIsRetriedAndEveryAttemptIsRecordedOnTheAppointment() throws Exception {
        email.failTransiently(1);
        var reminder = reminder(AppointmentId.newId(), START, 60);

        dispatcher.remind(reminder);

        await(() -> emailOutcomes().size() == 2);
        assertThat(emailOutcomes()).extracting(RecordReminderOutcome::attempt).containsExactly(1, 2);
        assertThat(emailOutcomes()).extracting(RecordReminderOutcome::state).containsExactly(null, DeliveryState.DISPATCHED);
        assertThat(emailOutcomes().get(0).failure()).isEqualTo("provider timed out");
    }

    @Test
    void theTimeIsStatedInTheZoneOfThePatientsOrganization() throws Exception {
        dispatcher.remind(new AppointmentReminder(AppointmentId.newId(), patient, OTHER_ORGANIZATION, CLINICIAN,
                AppointmentType.CONSULTATION, START, 30, null, 60));

        await(() -> outcomes.size() == 2);
        assertThat(email.sent()).singleElement().extracting(OutgoingMessage::text).asString()
                .contains("Monday 4 May 2026 at 06:00 (America/New_York)");
    }

    private List<RecordReminderOutcome> emailOutcomes() {
        return outcomes.stream().filter(outcome -> outcome.channel() == NotificationChannel.EMAIL).toList();
    }

    private AppointmentReminder reminder(AppointmentId appointment, Instant start, int minutesBefore) {
        return new AppointmentReminder(appointment, patient, ORGANIZATION, CLINICIAN, AppointmentType.FOLLOW_UP, start,
                30, null, minutesBefore);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
