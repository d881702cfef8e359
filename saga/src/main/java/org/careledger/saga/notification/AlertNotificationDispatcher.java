package org.careledger.saga.notification;

import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertRaised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people about alerts: on AlertRaised (level 1) and AlertEscalated (its level) it chooses recipients and
 * channels, claims each notification in this handler's transaction, and hands the claimed ones to
 * {@link NotificationDelivery} once that transaction has committed. Replays never notify anyone: both handlers are
 * {@link DisallowReplay}, and the processor starts at the head of the stream, so the first start on an existing
 * event store does not notify about old alerts either.
 */
@ProcessingGroup(AlertNotificationDispatcher.PROCESSING_GROUP)
class AlertNotificationDispatcher {
    static final String PROCESSING_GROUP = "alert-notification";
    private static final Logger log = LoggerFactory.getLogger(AlertNotificationDispatcher.class);

    private final Recipients recipients;
    private final NotificationDirectory directory;
    private final DirectoryProgress progress;
    private final DeliveryClaims claims;
    private final NotificationDelivery delivery;
    private final Clock clock;

    AlertNotificationDispatcher(Recipients recipients, NotificationDirectory directory, DirectoryProgress progress,
            DeliveryClaims claims, NotificationDelivery delivery, Clock clock) {
        this.recipients = recipients;
        this.directory = directory;
        this.progress = progress;
        this.claims = claims;
        this.delivery = delivery;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(AlertRaised event, EventMessage<?> message) {
        progress.awaitUpTo(message);
        var alert = new AlertContext(event.alertId(), event.patientId(), event.organizationId(), event.severity(),
                event.summary());
        notify(alert, 1, message);
    }

    @EventHandler
    @DisallowReplay
    void on(AlertEscalated event, EventMessage<?> message) {
        progress.awaitUpTo(message);
        directory.alert(event.alertId()).ifPresentOrElse(alert -> notify(alert, event.level(), message),
                () -> log.warn("Alert {} escalated to level {} is not in the notification directory; nobody notified",
                        event.alertId(), event.level()));
    }

    private void notify(AlertContext alert, int level, EventMessage<?> message) {
        List<Notification> claimed = recipients.notifications(alert, level).stream()
                .filter(notification -> claims.claim(notification.key(), clock.instant()))
                .toList();
        MetaData origin = origin(message);
        Runnable send = () -> claimed.forEach(notification -> delivery.start(notification, origin));
        // Sending before the commit could send twice: a rolled-back batch is delivered again and claimed again.
        if (!CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> send.run()))) {
            send.run();
        }
    }

    /** The outcome commands are caused by this event and belong to its exchange (the audit trail's correlation). */
    private static MetaData origin(EventMessage<?> message) {
        Object correlation = message.getMetaData().getOrDefault("correlationId", message.getIdentifier());
        return MetaData.with("causationId", message.getIdentifier()).and("correlationId", correlation);
    }
}
