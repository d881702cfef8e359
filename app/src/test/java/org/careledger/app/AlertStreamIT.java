package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.Severity;
import org.careledger.api.alert.WatchAlerts;
import org.careledger.api.shared.OrganizationId;
import org.careledger.app.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live alert stream as a clinical screen uses it: a nurse keeps {@code GET /api/v1/alerts/stream} open and sees
 * the alerts of her own patients only. The Alert aggregate is built elsewhere, so the alert events are published here
 * as that aggregate stores them: as domain events of the alert's own stream.
 */
class AlertStreamIT extends IntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired EventGateway events;
    @Autowired QueryUpdateEmitter updates;
    @Autowired UserAccounts accounts;

    @Test
    void aNurseReceivesTheAlertsOfHerOwnPatientsOnly() throws Exception {
        String nurse = newNurse();
        String mine = registerPatient();
        String notMine = registerPatient();
        assignToCareTeam(mine, as(nurse).identified(userId(nurse)), "MEMBER");
        UUID probe = awaitAlertViewsKnowTheCareTeam(nurse, mine);

        try (var stream = SseClient.open(port, nurse, PASSWORD)) {
            AlertId onHerTeam = raise(mine);
            AlertId elsewhere = raise(notMine);
            assertThat(nextAlertOtherThan(stream, probe)).as("first alert; the other patient's is %s", elsewhere)
                    .isEqualTo(onHerTeam.value());

            // The other patient's alert is projected, and its update sent, before a last one is raised for her
            // patient: had the stream let the other one through, it would have arrived before that last one.
            admin().await("/api/v1/alerts/" + elsewhere, r -> r.status() == 200);
            AlertId later = raise(mine);
            // Her alert may change meanwhile (notification outcomes are recorded on it): each change is an event.
            assertThat(nextAlertOtherThan(stream, probe, onHerTeam.value())).isEqualTo(later.value());
            var received = new LinkedHashSet<>(stream.received());
            received.remove(probe);
            assertThat(received).containsExactly(onHerTeam.value(), later.value());
        }
    }

    @Test
    void theStreamIsServerSentEventsForSignedInUsersOnly() throws Exception {
        var anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        try (var stream = SseClient.open(port, "demo-admin", PASSWORD)) {
            assertThat(stream.contentType()).startsWith("text/event-stream");
        }
    }

    @Test
    void aClientThatLeavesLosesItsSubscriptionAtTheNextWrite() throws Exception {
        String nurse = newNurse();
        String mine = registerPatient();
        assignToCareTeam(mine, as(nurse).identified(userId(nurse)), "MEMBER");
        awaitAlertViewsKnowTheCareTeam(nurse, mine);

        try (var stream = SseClient.open(port, nurse, PASSWORD)) {
            assertThat(subscriptionsOf(nurse)).isEqualTo(1);
        }
        // Nothing tells a server that an idle client left; it learns when a write fails (an update or a heartbeat).
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (subscriptionsOf(nurse) > 0 && System.nanoTime() < deadline) {
            raise(mine);
            Thread.sleep(300);
        }
        assertThat(subscriptionsOf(nurse)).isZero();
    }

    /** A nurse of the demo organization, created through the admin API; returns her user name. */
    private String newNurse() {
        String username = "alert-nurse-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", "NURSE");
        body.put("displayName", "Test nurse");
        var created = admin().post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    private String userId(String username) {
        return accounts.findByUsername(username).orElseThrow().id().toString();
    }

    private OrganizationId organization() {
        return new OrganizationId(accounts.findByUsername("demo-admin").orElseThrow().organizationId());
    }

    /**
     * The alert views learn care teams from the patient events, on their own processor; a probe alert the nurse can
     * read proves they know hers. It is cancelled, so her stream starts with no open alert.
     */
    /** Raises and cancels a probe alert, and returns it once the nurse can see it: the views know her team. */
    private UUID awaitAlertViewsKnowTheCareTeam(String nurse, String patient) {
        AlertId probe = raise(patient);
        var cancelled = admin().post("/api/v1/alerts/" + probe + "/cancellation", Map.of("reason", "probe"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        as(nurse).await("/api/v1/alerts/" + probe,
                r -> r.status() == 200 && "CANCELLED".equals(r.json().get("status").asText()));
        return probe.value();
    }

    /** The next alert event about anything but the given alerts (whose late changes may still be streamed). */
    private static UUID nextAlertOtherThan(SseClient stream, UUID... ignored) throws InterruptedException {
        UUID next = stream.nextAlert();
        while (java.util.Arrays.asList(ignored).contains(next)) {
            next = stream.nextAlert();
        }
        return next;
    }

    private AlertId raise(String patient) {
        return new AlertPublisher(events, organization()).raise(patient, Severity.CRITICAL);
    }

    private long subscriptionsOf(String username) {
        String userId = userId(username);
        return updates.activeSubscriptions().stream()
                .filter(query -> query.getPayload() instanceof WatchAlerts watch
                        && watch.viewer().userId().value().toString().equals(userId))
                .count();
    }
}
