package org.careledger.saga.notification;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher and the notification directory are two processors reading the same stream at their own pace. A
 * nurse put on a care team a moment before an alert must still be told, so before choosing recipients the
 * dispatcher waits, briefly, until the directory has processed everything up to the alert's event. It never waits
 * longer than {@code careledger.notification.directory-wait}: a stalled directory must not stall every notification,
 * so after that the dispatcher goes on with what the directory knows, and says so in the log.
 */
class DirectoryProgress {
    private static final Logger log = LoggerFactory.getLogger(DirectoryProgress.class);
    private static final long POLL_MILLIS = 20;

    private final Supplier<Optional<StreamingEventProcessor>> directoryProcessor;
    private final Duration maxWait;

    DirectoryProgress(Supplier<Optional<StreamingEventProcessor>> directoryProcessor, Duration maxWait) {
        this.directoryProcessor = directoryProcessor;
        this.maxWait = maxWait;
    }

    void awaitUpTo(EventMessage<?> event) {
        if (!(event instanceof TrackedEventMessage<?> tracked) || tracked.trackingToken() == null) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!hasProcessed(tracked.trackingToken())) {
            if (System.nanoTime() > deadline) {
                log.warn("The notification directory is behind event {}; recipients are chosen from what it knows",
                        event.getIdentifier());
                return;
            }
            pause();
        }
    }

    /**
     * True when every segment of the directory's processor has passed the token. Segments claimed by another node
     * cannot be seen from here; then this node cannot tell and does not wait.
     */
    boolean hasProcessed(TrackingToken token) {
        Optional<StreamingEventProcessor> directory = directoryProcessor.get();
        if (directory.isEmpty()) {
            return true;
        }
        Collection<EventTrackerStatus> segments = directory.get().processingStatus().values();
        double share = segments.stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        if (share < 0.999) {
            return true;
        }
        return segments.stream().allMatch(s -> s.getTrackingToken() != null && s.getTrackingToken().covers(token));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the notification directory", e);
        }
    }
}
