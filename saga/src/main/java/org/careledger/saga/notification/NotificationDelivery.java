package org.careledger.saga.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.RecordNotificationOutcome;
import org.careledger.saga.notification.DeliveryClaims.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends claimed notifications on a small pool of its own threads, so a slow provider never holds up the event
 * processor: each attempt runs on the pool, a failed one is rescheduled after an exponential backoff (the wait is a
 * scheduled task, not a sleeping thread), and after the last attempt the notification is given up. Every attempt's
 * outcome goes back, as a command, to the record the message is about: {@link RecordNotificationOutcome} for alerts,
 * {@code RecordReminderOutcome} for appointment reminders.
 */
class NotificationDelivery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final Map<NotificationChannel, Notifier> notifiers = new EnumMap<>(NotificationChannel.class);
    private final ScheduledExecutorService executor;
    private final NotificationProperties.Retry retry;
    private final CommandGateway commands;
    private final DeliveryClaims claims;
    private final Clock clock;

    NotificationDelivery(List<Notifier> notifiers, ScheduledExecutorService executor,
            NotificationProperties.Retry retry, CommandGateway commands, DeliveryClaims claims, Clock clock) {
        notifiers.forEach(notifier -> this.notifiers.put(notifier.channel(), notifier));
        this.executor = executor;
        this.retry = retry;
        this.commands = commands;
        this.claims = claims;
        this.clock = clock;
    }

    /** Stops sending when the application stops; notifications still waiting for a retry are abandoned. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Starts sending; {@code origin} is the correlation metadata of the event that asked for it. */
    void start(Notification notification, MetaData origin) {
        start(new AlertSending(notification, claims), origin);
    }

    /** Starts sending any claimed message; {@code origin} is the correlation metadata of what asked for it. */
    void start(Sending sending, MetaData origin) {
        schedule(sending, 1, Duration.ZERO, origin);
    }

    private void schedule(Sending sending, int attempt, Duration delay, MetaData origin) {
        try {
            executor.schedule(() -> attempt(sending, attempt, origin), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("{} attempt {} not scheduled: the application is stopping", sending, attempt);
        }
    }

    private void attempt(Sending sending, int attempt, MetaData origin) {
        try {
            tryOnce(sending, attempt, origin);
        } catch (RuntimeException e) {
            // A scheduled task's exception would vanish silently: say that this notification stopped here.
            log.error("{} attempt {} stopped by {}", sending, attempt, e.getClass().getName());
        }
    }

    private void tryOnce(Sending sending, int attempt, MetaData origin) {
        try {
            DeliveryState state = send(sending.message());
            record(sending, attempt, state, null, origin);
            sending.attempted(attempt, Status.SENT, clock.instant());
        } catch (DeliveryFailure failure) {
            record(sending, attempt, null, failure.reason(), origin);
            boolean again = failure.retryable() && attempt < retry.maxAttempts();
            sending.attempted(attempt, again ? Status.PENDING : Status.FAILED, clock.instant());
            if (again) {
                schedule(sending, attempt + 1, retry.delayAfter(attempt), origin);
            } else {
                log.warn("{} given up after attempt {}: {}", sending, attempt, failure.reason());
            }
        }
    }

    private DeliveryState send(OutgoingMessage message) {
        Notifier notifier = notifiers.get(message.channel());
        if (notifier == null) {
            throw DeliveryFailure.permanent("no adapter for channel " + message.channel());
        }
        try {
            return notifier.send(message);
        } catch (DeliveryFailure failure) {
            throw failure;
        } catch (RuntimeException e) {
            // An adapter's unexpected exception may carry an address in its message: only the type is kept.
            throw DeliveryFailure.transientFailure("unexpected " + e.getClass().getSimpleName() + " in the "
                    + message.channel() + " adapter");
        }
    }

    private void record(Sending sending, int attempt, DeliveryState state, String failure, MetaData origin) {
        Object outcome = sending.outcome(attempt, state, failure);
        try {
            commands.send(GenericCommandMessage.asCommandMessage(outcome).andMetaData(origin))
                    .whenComplete((result, error) -> {
                        if (error != null) {
                            notRecorded(sending, attempt, error);
                        }
                    });
        } catch (RuntimeException e) {
            notRecorded(sending, attempt, e);
        }
    }

    private static void notRecorded(Sending sending, int attempt, Throwable error) {
        log.warn("Outcome of {} attempt {} not recorded ({})", sending, attempt, error.getClass().getSimpleName());
    }

    /**
     * One claimed message on its way: what to send, the command that records an attempt's outcome on the record the
     * message is about, and how the attempt is noted on the message's claim. Its {@code toString()} names it in logs,
     * so it must not show an address or any text.
     */
    interface Sending {
        OutgoingMessage message();

        Object outcome(int attempt, DeliveryState state, String failure);

        void attempted(int attempts, Status status, Instant at);
    }

    /** An alert notification: outcomes go to the alert, claims are {@code notification_delivery} rows. */
    private record AlertSending(Notification message, DeliveryClaims claims) implements Sending {
        @Override
        public Object outcome(int attempt, DeliveryState state, String failure) {
            return new RecordNotificationOutcome(message.alertId(), message.recipient(), message.channel(),
                    message.level(), attempt, state, failure);
        }

        @Override
        public void attempted(int attempts, Status status, Instant at) {
            claims.attempted(message.key(), attempts, status, at);
        }

        @Override
        public String toString() {
            return message.toString();
        }
    }
}
