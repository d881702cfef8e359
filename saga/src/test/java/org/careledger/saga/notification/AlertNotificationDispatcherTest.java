package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.RecordNotificationOutcome;
import org.careledger.api.alert.Severity;
import org.careledger.api.patient.CareTeamMemberAssigned;
import org.careledger.api.patient.CareTeamRole;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.api.shared.UserId;
import org.careledger.saga.notification.DeliveryClaims.Status;
import org.careledger.saga.notification.Notification.DeliveryKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The dispatcher as Axon drives it, on a real database and a real command bus; only the channels are stand-ins
 * here (their adapters have their own tests against GreenMail and a local HTTP server).
 */
class AlertNotificationDispatcherTest {
    private static final OrganizationId ORGANIZATION = new OrganizationId(UUID.randomUUID());
    private static final PatientId PATIENT = PatientId.newId();
    private static final UserId NURSE = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final UserId ON_CALL = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000a2"));
    private static final UserId ADMIN = new UserId(UUID.fromString("00000000-0000-4000-8000-0000000000a3"));
    private static final NotificationProperties.Retry RETRY =
            new NotificationProperties.Retry(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(100));
    private static final Duration QUIET = Duration.ofMillis(300);

    private final ScriptedNotifier sms = new ScriptedNotifier(NotificationChannel.SMS);
    private final ScriptedNotifier email = new ScriptedNotifier(NotificationChannel.EMAIL);
    private final List<RecordNotificationOutcome> outcomes = new CopyOnWriteArrayList<>();
    private DataSource database;
    private DeliveryClaims claims;
    private NotificationDelivery delivery;
    private AnnotationEventHandlerAdapter dispatcher;

    @BeforeEach
    void givenANurseOnTheCareTeamAndAnOnCallClinician() {
        database = TestDatabases.H2.create();
        var jdbc = new JdbcTemplate(database);
        var directory = new NotificationDirectory(jdbc);
        claims = new DeliveryClaims(jdbc);
        var commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(RecordNotificationOutcome.class.getName(), command -> {
            outcomes.add((RecordNotificationOutcome) command.getPayload());
            return null;
        });
        var people = new People()
                .with(new Contact(NURSE, "nurse@example.org", "+447700900001",
                        Set.of(NotificationChannel.SMS, NotificationChannel.EMAIL)))
                .with(new Contact(ON_CALL, null, "+447700900002", Set.of(NotificationChannel.SMS)))
                .onCall(ORGANIZATION, ON_CALL);
        delivery = new NotificationDelivery(List.of(sms, email, new InAppNotifier()),
                Executors.newScheduledThreadPool(2), RETRY,
                DefaultCommandGateway.builder().commandBus(commandBus).build(), claims, Clock.systemUTC());
        dispatcher = new AnnotationEventHandlerAdapter(new AlertNotificationDispatcher(
                new Recipients(directory, people, URI.create("https://careledger.example")), directory,
                new DirectoryProgress(Optional::empty, Duration.ZERO), claims, delivery, Clock.systemUTC()));
        directory.on(new CareTeamMemberAssigned(PATIENT, NURSE, Role.NURSE, CareTeamRole.MEMBER, ADMIN));
    }

    @AfterEach
    void stopSending() {
        delivery.close();
    }

    @Test
    void aRaisedAlertIsSentToTheCareTeamOnEachOfTheirChannelsAndRecorded() throws Exception {
        var alert = AlertId.newId();

        dispatcher.handle(live(raised(alert), 1));

        await(() -> outcomes.size() == 2);
        assertThat(sms.sent()).extracting(OutgoingMessage::address).containsExactly("+447700900001");
        assertThat(email.sent()).extracting(OutgoingMessage::address).containsExactly("nurse@example.org");
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.alertId()).isEqualTo(alert);
            assertThat(outcome.recipient()).isEqualTo(NURSE);
            assertThat(outcome.level()).isEqualTo(1);
            assertThat(outcome.attempt()).isEqualTo(1);
            assertThat(outcome.state()).isEqualTo(DeliveryState.DISPATCHED);
            assertThat(outcome.failure()).isNull();
        });
        await(() -> claims.status(new DeliveryKey(alert, 1, NURSE, NotificationChannel.SMS))
                .equals(Optional.of(Status.SENT)));
    }

    @Test
    void theSameEventDeliveredTwiceSendsOnce() throws Exception {
        var event = live(raised(AlertId.newId()), 1);

        dispatcher.handle(event);
        dispatcher.handle(event);

        await(() -> outcomes.size() == 2);
        pause(QUIET);
        assertThat(sms.sent()).hasSize(1);
        assertThat(email.sent()).hasSize(1);
        assertThat(outcomes).hasSize(2);
    }

    @Test
    void aReplayedEventSendsNothingAndClaimsNothing() throws Exception {
        var alert = AlertId.newId();
        var replayed = replayed(raised(alert));
        assertThat(ReplayToken.isReplay(replayed)).isTrue();

        dispatcher.handle(replayed);

        pause(QUIET);
        assertThat(sms.sent()).isEmpty();
        assertThat(email.sent()).isEmpty();
        assertThat(outcomes).isEmpty();
        assertThat(claims.status(new DeliveryKey(alert, 1, NURSE, NotificationChannel.SMS))).isEmpty();
    }

    @Test
    void nothingIsSentBeforeTheHandlersTransactionCommits() throws Exception {
        var alert = AlertId.newId();
        var event = live(raised(alert), 1);
        var transactions = new SpringTransactionManager(new DataSourceTransactionManager(database));

        var rolledBack = DefaultUnitOfWork.startAndGet(event);
        rolledBack.attachTransaction(transactions);
        rolledBack.executeWithResult(() -> {
            dispatcher.handle(event);
            throw new IllegalStateException("the token could not be stored");
        });
        pause(QUIET);
        assertThat(sms.sent()).isEmpty();
        assertThat(claims.status(new DeliveryKey(alert, 1, NURSE, NotificationChannel.SMS))).isEmpty();

        var redelivered = DefaultUnitOfWork.startAndGet(event);
        redelivered.attachTransaction(transactions);
        redelivered.executeWithResult(() -> dispatcher.handle(event));
        await(() -> outcomes.size() == 2);
        assertThat(sms.sent()).hasSize(1);
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffAndEveryAttemptIsRecorded() throws Exception {
        sms.failTransiently(2);
        var alert = AlertId.newId();

        dispatcher.handle(live(raised(alert), 1));

        await(() -> smsOutcomes().size() == 3);
        assertThat(smsOutcomes()).extracting(RecordNotificationOutcome::attempt).containsExactly(1, 2, 3);
        assertThat(smsOutcomes()).extracting(RecordNotificationOutcome::state)
                .containsExactly(null, null, DeliveryState.DISPATCHED);
        assertThat(smsOutcomes().get(0).failure()).isEqualTo("provider timed out");
        await(() -> claims.status(new DeliveryKey(alert, 1, NURSE, NotificationChannel.SMS))
                .equals(Optional.of(Status.SENT)));
    }

    @Test
    void afterTheLastAttemptTheNotificationIsGivenUp() throws Exception {
        sms.failTransiently(10);
        var alert = AlertId.newId();

        dispatcher.handle(live(raised(alert), 1));

        await(() -> claims.status(new DeliveryKey(alert, 1, NURSE, NotificationChannel.SMS))
                .equals(Optional.of(Status.FAILED)));
        pause(QUIET);
        assertThat(smsOutcomes()).hasSize(RETRY.maxAttempts())
                .allSatisfy(outcome -> assertThat(outcome.failure()).isEqualTo("provider timed out"));
    }

    @Test
    void aPermanentFailureIsNotRetried() throws Exception {
        sms.failPermanently();
        var alert = AlertId.newId();

        dispatcher.handle(live(raised(alert), 1));

        await(() -> claims.status(new DeliveryKey(alert, 1, NURSE, NotificationChannel.SMS))
                .equals(Optional.of(Status.FAILED)));
        pause(QUIET);
        assertThat(smsOutcomes()).singleElement()
                .satisfies(outcome -> assertThat(outcome.failure()).isEqualTo("number refused"));
    }

    @Test
    void anEscalationToLevelTwoTellsTheOnCallClinicianAboutTheRaisedAlert() throws Exception {
        var alert = AlertId.newId();
        var raised = raised(alert);
        new NotificationDirectory(new JdbcTemplate(database)).on(raised);

        dispatcher.handle(live(new AlertEscalated(alert, 2, EscalationReason.ACK_TIMEOUT, null), 2));

        await(() -> outcomes.size() == 1);
        assertThat(sms.sent()).singleElement().isInstanceOfSatisfying(Notification.class, notification -> {
            assertThat(notification.recipient()).isEqualTo(ON_CALL);
            assertThat(notification.level()).isEqualTo(2);
            assertThat(notification.severity()).isEqualTo(Severity.CRITICAL);
        });
        assertThat(email.sent()).isEmpty();
    }

    @Test
    void theBackoffGrowsExponentiallyUpToItsCeiling() {
        var retry = new NotificationProperties.Retry(6, Duration.ofSeconds(2), 2.0, Duration.ofSeconds(10));

        assertThat(List.of(1, 2, 3, 4, 5)).map(retry::delayAfter).containsExactly(Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    private List<RecordNotificationOutcome> smsOutcomes() {
        return outcomes.stream().filter(outcome -> outcome.channel() == NotificationChannel.SMS).toList();
    }

    private static AlertRaised raised(AlertId alert) {
        return new AlertRaised(alert, PATIENT, ORGANIZATION, AlertType.NEWS2, Severity.CRITICAL,
                "NEWS2 7: emergency response", null);
    }

    private static TrackedEventMessage<?> live(Object event, long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                GenericEventMessage.asEventMessage(event));
    }

    /** As a processor delivers an event after its tokens were reset: behind the position it had reached. */
    private static EventMessage<?> replayed(Object event) {
        var token = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10), new GlobalSequenceTrackingToken(3));
        return new GenericTrackedEventMessage<>(((ReplayToken) token).advancedTo(new GlobalSequenceTrackingToken(4)),
                GenericEventMessage.asEventMessage(event));
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
