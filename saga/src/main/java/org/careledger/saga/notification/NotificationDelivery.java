package org.careledger.saga.notification;

import java.time.Clock;
import java.time.Duration;
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
 * outcome goes back to the alert as {@link RecordNotificationOutcome}.
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
        schedule(notification, 1, Duration.ZERO, origin);
    }

    private void schedule(Notification notification, int attempt, Duration delay, MetaData origin) {
        try {
            executor.schedule(() -> attempt(notification, attempt, origin), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("{} attempt {} not scheduled: the application is stopping", notification, attempt);
        }
    }

    private void attempt(Notification notification, int attempt, MetaData origin) {
        try {
            tryOnce(notification, attempt, origin);
        } catch (RuntimeException e) {
            // A scheduled task's exception would vanish silently: say that this notification stopped here.
            log.error("{} attempt {} stopped by {}", notification, attempt, e.getClass().getName());
        }
    }

    private void tryOnce(Notification notification, int attempt, MetaData origin) {
        try {
            DeliveryState state = send(notification);
            record(notification, attempt, state, null, origin);
            claims.attempted(notification.key(), attempt, Status.SENT, clock.instant());
        } catch (DeliveryFailure failure) {
            record(notification, attempt, null, failure.reason(), origin);
            boolean again = failure.retryable() && attempt < retry.maxAttempts();
            claims.attempted(notification.key(), attempt, again ? Status.PENDING : Status.FAILED, clock.instant());
            if (again) {
                schedule(notification, attempt + 1, retry.delayAfter(attempt), origin);
            } else {
                log.warn("{} given up after attempt {}: {}", notification, attempt, failure.reason());
            }
        }
    }

    private DeliveryState send(Notification notification) {
        Notifier notifier = notifiers.get(notification.channel());
        if (notifier == null) {
            throw DeliveryFailure.permanent("no adapter for channel " + notification.channel());
        }
        try {
            return notifier.send(notification);
        } catch (DeliveryFailure failure) {
            throw failure;
        } catch (RuntimeException e) {
            // An adapter's unexpected exception may carry an address in its message: only the type is kept.
            throw DeliveryFailure.transientFailure("unexpected " + e.getClass().getSimpleName() + " in the "
                    + notification.channel() + " adapter");
        }
    }

    private void record(Notification notification, int attempt, DeliveryState state, String failure, MetaData origin) {
        var outcome = new RecordNotificationOutcome(notification.alertId(), notification.recipient(),
                notification.channel(), notification.level(), attempt, state, failure);
        try {
            commands.send(GenericCommandMessage.asCommandMessage(outcome).andMetaData(origin))
                    .whenComplete((result, error) -> {
                        if (error != null) {
                            notRecorded(notification, attempt, error);
                        }
                    });
        } catch (RuntimeException e) {
            notRecorded(notification, attempt, e);
        }
    }

    private static void notRecorded(Notification notification, int attempt, Throwable error) {
        log.warn("Outcome of {} attempt {} not recorded on the alert ({})", notification, attempt,
                error.getClass().getSimpleName());
    }
}
