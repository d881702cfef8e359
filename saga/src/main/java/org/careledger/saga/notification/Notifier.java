package org.careledger.saga.notification;

import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;

/** The port every notification channel sits behind: one adapter per channel. */
public interface Notifier {

    NotificationChannel channel();

    /**
     * Hands the notification to the channel and says how far it got.
     *
     * @throws DeliveryFailure when the channel did not take it, saying whether trying again may help
     */
    DeliveryState send(OutgoingMessage notification);
}
