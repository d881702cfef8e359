package org.careledger.app.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the committed chain head into the checkpoint store: at start-up, once {@code everyEvents}
 * events have been chained since the last checkpoint, every {@code interval}, and at shutdown;
 * never twice for the same head. It runs on a thread of its own, so an append never waits for it.
 */
final class Checkpointer {
    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private static final Duration FINAL_CHECKPOINT_WAIT = Duration.ofSeconds(5);

    private final EventChain chain;
    private final CheckpointStore store;
    private final SigningKeys keys;
    private final Clock clock;
    private final IntegrityProperties.Checkpoints settings;
    private final AtomicLong sinceLast = new AtomicLong();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "integrity-checkpoints");
        t.setDaemon(true);
        return t;
    });
    private long lastSigned;

    Checkpointer(EventChain chain, CheckpointStore store, SigningKeys keys, Clock clock,
            IntegrityProperties.Checkpoints settings) {
        this.chain = chain;
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.settings = settings;
        List<Checkpoint> written = store.all();
        this.lastSigned = written.isEmpty() ? Long.MIN_VALUE : written.get(written.size() - 1).globalIndex();
    }

    void start() {
        checkpoint();
        chain.onChained(this::chained);
        long every = settings.interval().toMillis();
        thread.scheduleWithFixedDelay(this::checkpointQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the schedule and signs the head one last time; waits at most a few seconds for that, so a
     * database that is already gone cannot hold up the shutdown.
     */
    void stop() {
        try {
            thread.submit(this::checkpointQuietly);
        } catch (RejectedExecutionException e) {
            return;
        }
        thread.shutdown(); // drops the periodic task, lets the final checkpoint run
        try {
            if (!thread.awaitTermination(FINAL_CHECKPOINT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The final integrity checkpoint did not finish within {}; the next start signs the head", FINAL_CHECKPOINT_WAIT);
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Signs the committed head if it moved since the last checkpoint; the checkpoint written, if any. */
    synchronized Optional<Checkpoint> checkpoint() {
        sinceLast.set(0);
        Optional<EventChain.Head> head = chain.head();
        if (head.isEmpty() || head.get().position() == lastSigned) {
            return Optional.empty();
        }
        EventChain.Head h = head.get();
        String signedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        String text = Checkpoint.signedText(h.position(), h.eventIdentifier(), h.hash(), signedAt);
        var checkpoint = new Checkpoint(h.position(), h.eventIdentifier(), h.hash(), signedAt, keys.keyId(), keys.sign(text));
        store.append(checkpoint);
        lastSigned = h.position();
        return Optional.of(checkpoint);
    }

    private void chained(int events) {
        if (sinceLast.addAndGet(events) >= settings.everyEvents() && pending.compareAndSet(false, true)) {
            try {
                // a moment later: the append that crossed the threshold is then usually committed and covered
                thread.schedule(() -> {
                    pending.set(false);
                    checkpointQuietly();
                }, 200, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                pending.set(false); // shutting down: stop() signs the head
            }
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            log.error("Could not write an integrity checkpoint; the next attempt may succeed", e);
        }
    }
}
