package org.careledger.query.alert;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.careledger.api.alert.AlertSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * One client's live stream: the open alerts first, then every change, each as an {@code alert} event, with a comment
 * line as heartbeat. Whatever ends it (the client leaving, the timeout, a failed write, shutdown) cancels the Axon
 * subscription, so no update handler outlives its client.
 */
final class AlertStream {
    static final String EVENT = "alert";
    private static final Logger log = LoggerFactory.getLogger(AlertStream.class);

    private final SseEmitter emitter;
    private final SubscriptionQueryResult<List<AlertSummary>, AlertSummary> subscription;
    private final Consumer<AlertStream> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Disposable delivery;
    private volatile ScheduledFuture<?> heartbeat;

    AlertStream(SubscriptionQueryResult<List<AlertSummary>, AlertSummary> subscription, Duration timeout,
            Consumer<AlertStream> onClose) {
        this.emitter = new SseEmitter(timeout.toMillis());
        this.subscription = subscription;
        this.onClose = onClose;
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::complete);
        emitter.onError(error -> close());
    }

    /** Starts the heartbeat and the delivery; the open alerts are read now, on the caller's thread. */
    SseEmitter start(ScheduledExecutorService heartbeats, Duration every) {
        long period = every.toMillis();
        heartbeat = heartbeats.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
        // Updates arrive on the event processor's thread; writing to a slow client there would hold up the projection.
        delivery = subscription.initialResult()
                .flatMapMany(Flux::fromIterable)
                .concatWith(subscription.updates())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(this::send, this::failed, this::complete);
        if (closed.get()) {
            delivery.dispose();
        }
        return emitter;
    }

    /** Ends the stream from the server's side, as on timeout or shutdown; the client may reconnect. */
    void complete() {
        close();
        emitter.complete();
    }

    private void send(AlertSummary alert) {
        write(SseEmitter.event().name(EVENT).id(alert.alertId() + "/" + alert.version())
                .data(alert, MediaType.APPLICATION_JSON));
    }

    private void beat() {
        write(SseEmitter.event().comment("heartbeat"));
    }

    private void write(SseEmitter.SseEventBuilder event) {
        if (closed.get()) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            // the client went away or the stream already ended; the container reports it through onError as well
            close();
        }
    }

    // The type only: a failure's message may quote data.
    private void failed(Throwable error) {
        log.warn("Live alert stream ended by a failure ({})", error.getClass().getName());
        complete();
    }

    private void close() {
        if (closed.compareAndSet(false, true)) {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            if (delivery != null) {
                delivery.dispose();
            }
            subscription.cancel();
            onClose.accept(this);
        }
    }
}
