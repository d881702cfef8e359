package org.careledger.query.alert;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.WatchAlerts;
import org.careledger.api.shared.Actor;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams and their heartbeat clock. On shutdown it ends every stream first: the web server's graceful
 * shutdown, which stops after this (a lower lifecycle phase), would otherwise wait for long-lived streams.
 */
@Component
class AlertStreams implements SmartLifecycle {
    private final QueryGateway queries;
    private final AlertStreamProperties properties;
    private final Set<AlertStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "alert-stream-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    AlertStreams(QueryGateway queries, AlertStreamProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    SseEmitter open(Actor viewer) {
        var subscription = queries.subscriptionQuery(new WatchAlerts(viewer),
                ResponseTypes.multipleInstancesOf(AlertSummary.class), ResponseTypes.instanceOf(AlertSummary.class));
        var stream = new AlertStream(subscription, properties.timeout(), open::remove);
        open.add(stream);
        return stream.start(heartbeats, properties.heartbeat());
    }

    int openStreams() {
        return open.size();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        List.copyOf(open).forEach(AlertStream::complete);
        heartbeats.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
