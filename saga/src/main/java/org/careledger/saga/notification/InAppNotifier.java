package org.careledger.saga.notification;

import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;

/**
 * In-app notification: the live alert stream of the clinical UI ({@code GET /api/v1/alerts/stream}) shows every
 * alert change to whoever may see it, so there is nothing to call; recording the notification as DISPATCHED puts
 * it on the alert's timeline like the other channels.
 */
class InAppNotifier implements Notifier {

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.IN_APP;
    }

    @Override
    public DeliveryState send(OutgoingMessage notification) {
        return DeliveryState.DISPATCHED;
    }
}
