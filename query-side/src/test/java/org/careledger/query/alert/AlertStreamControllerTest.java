package org.careledger.query.alert;

import org.careledger.query.WebTestSetup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.careledger.api.alert.AlertStatus;
import org.careledger.api.alert.AlertSummary;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.Severity;
import org.careledger.api.alert.WatchAlerts;
import org.careledger.api.shared.Actor;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The stream over Spring MVC's async support and a real Axon query bus, with the updates emitted by hand. */
class AlertStreamControllerTest {
    private static final Actor VIEWER = AlertEvents.staff(Role.NURSE, AlertEvents.NURSE);
    private static final AlertSummary OPEN = summary(1, AlertStatus.RAISED, 0);
    private static final AlertSummary CHANGED = summary(2, AlertStatus.ACKNOWLEDGED, 3);
    private static final Duration HEARTBEAT = Duration.ofMillis(100);

    private final SimpleQueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();
    private AlertStreams streams;
    private MockMvc mvc;

    @BeforeEach
    void givenTheStreamBehindARealQueryBus() {
        var bus = SimpleQueryBus.builder().queryUpdateEmitter(updates).build();
        new AnnotationQueryHandlerAdapter<>(new OpenAlerts()).subscribe(bus);
        streams = new AlertStreams(DefaultQueryGateway.builder().queryBus(bus).build(),
                new AlertStreamProperties(HEARTBEAT, Duration.ofMinutes(1)));
        streams.start();
        mvc = WebTestSetup.mvc(new AlertStreamController(streams), VIEWER);
    }

    @AfterEach
    void stopStreams() {
        streams.stop();
    }

    @Test
    void theStreamSendsTheOpenAlertsThenEachChangeAsAlertEvents() throws Exception {
        MvcResult stream = open();

        updates.emit(WatchAlerts.class, watch -> watch.viewer().equals(VIEWER), CHANGED);

        String body = awaitBody(stream, text -> text.contains("\"version\":3"));
        assertThat(stream.getResponse().getContentType()).startsWith("text/event-stream");
        assertThat(body).contains("event:alert\n")
                .contains("id:" + OPEN.alertId() + "/0\n")
                .contains("id:" + CHANGED.alertId() + "/3\n")
                .contains("\"status\":\"ACKNOWLEDGED\"");
        assertThat(body.indexOf("\"status\":\"RAISED\"")).isLessThan(body.indexOf("\"status\":\"ACKNOWLEDGED\""));
    }

    @Test
    void anIdleStreamSendsHeartbeatComments() throws Exception {
        MvcResult stream = open();

        assertThat(awaitBody(stream, text -> text.contains(":heartbeat\n"))).contains(":heartbeat\n");
    }

    @Test
    void aClientThatGoesAwayEndsItsSubscription() throws Exception {
        MvcResult stream = open();
        assertThat(updates.activeSubscriptions()).hasSize(1);

        for (AsyncListener listener : listeners(stream)) {
            listener.onError(new AsyncEvent(stream.getRequest().getAsyncContext(), new IOException("broken pipe")));
        }

        assertThat(updates.activeSubscriptions()).isEmpty();
        assertThat(streams.openStreams()).isZero();
    }

    @Test
    void aTimeoutEndsTheStreamAndItsSubscription() throws Exception {
        MvcResult stream = open();

        for (AsyncListener listener : listeners(stream)) {
            listener.onTimeout(new AsyncEvent(stream.getRequest().getAsyncContext()));
        }

        assertThat(updates.activeSubscriptions()).isEmpty();
        assertThat(streams.openStreams()).isZero();
    }

    @Test
    void shutdownEndsEveryOpenStream() throws Exception {
        open();
        open();

        streams.stop();

        assertThat(updates.activeSubscriptions()).isEmpty();
        assertThat(streams.openStreams()).isZero();
    }

    private MvcResult open() throws Exception {
        return mvc.perform(get("/api/v1/alerts/stream")).andExpect(request().asyncStarted()).andReturn();
    }

    private static List<AsyncListener> listeners(MvcResult stream) {
        return ((MockAsyncContext) stream.getRequest().getAsyncContext()).getListeners();
    }

    private static String awaitBody(MvcResult stream, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String body = stream.getResponse().getContentAsString();
        while (!condition.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            body = stream.getResponse().getContentAsString();
        }
        return body;
    }

    private static AlertSummary summary(int alert, AlertStatus status, long version) {
        return new AlertSummary(AlertEvents.alertId(alert).value(), AlertEvents.PATIENT.value(), AlertType.NEWS2,
                Severity.HIGH, status, 0, "NEWS2 5", AlertEvents.T0, null, null, null, null, 0, null, version);
    }

    static class OpenAlerts {
        @QueryHandler
        List<AlertSummary> handle(WatchAlerts query) {
            return List.of(OPEN);
        }
    }
}
