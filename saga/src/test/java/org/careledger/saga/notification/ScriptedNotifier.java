package org.careledger.saga.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;

/** A channel that takes notifications, or fails as scripted, and remembers what it took. */
final class ScriptedNotifier implements Notifier {
    private final NotificationChannel channel;
    private final List<OutgoingMessage> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger transientFailures = new AtomicInteger();
    private volatile boolean refusing;

    ScriptedNotifier(NotificationChannel channel) {
        this.channel = channel;
    }

    void failTransiently(int times) {
        transientFailures.set(times);
    }

    void failPermanently() {
        refusing = true;
    }

    List<OutgoingMessage> sent() {
        return new ArrayList<>(sent);
    }

    @Override
    public NotificationChannel channel() {
        return channel;
    }

    @Override
    public DeliveryState send(OutgoingMessage notification) {
        if (refusing) {
            throw DeliveryFailure.permanent("number refused");
        }
        if (transientFailures.getAndDecrement() > 0) {
            throw DeliveryFailure.transientFailure("provider timed out");
        }
        sent.add(notification);
        return DeliveryState.DISPATCHED;
    }
}
