package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careledger.api.shared.Role;
import org.careledger.query.ProjectionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The projection admin endpoints over REST (docs/projections.md): who may use them, the processors they list, the
 * refusals, and a live rebuild. The last test is the promise of the architecture: every projection, rebuilt from the
 * events through the endpoint, equals the one it replaced, row for row. It takes the projections from their
 * ProjectionTables beans, so projections added later are covered without a change here.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProjectionRebuildIT extends IntegrationTest {
    private static final String PROJECTIONS = "/api/v1/admin/projections";
    private static final Map<String, Object> READING = Map.of("heartRate", 72, "respiratoryRate", 14,
            "oxygenSaturation", 98, "systolicBloodPressure", 118, "temperature", 36.7, "consciousness", "ALERT",
            "supplementalOxygen", false);

    @Autowired
    List<ProjectionTables> projections;

    @Autowired
    RecordedCommands.Log dispatched;

    @Test
    void onlyAdministratorsSeeOrRebuildProcessors() {
        assertThat(anonymous().get(PROJECTIONS).status()).isEqualTo(401);
        for (Role role : List.of(Role.NURSE, Role.CLINICIAN, Role.AUDITOR)) {
            Api user = newUser(role, null);
            assertThat(user.get(PROJECTIONS).status()).as(role.name()).isEqualTo(403);
            assertThat(user.get(PROJECTIONS + "/patient-summary").status()).as(role.name()).isEqualTo(403);
            assertThat(user.post(PROJECTIONS + "/patient-summary/rebuild", null).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(anonymous().post(PROJECTIONS + "/patient-summary/rebuild", null).status()).isEqualTo(401);
    }

    @Test
    void listsEveryProcessorWithItsPositionLagAndWhetherItCanBeRebuilt() {
        String patient = registerPatient();
        awaitVersion(admin(), patient, 0);
        JsonNode overview = awaitCaughtUp(groups()).json();

        Map<String, JsonNode> byName = new HashMap<>();
        overview.get("processors").forEach(p -> byName.put(p.get("name").asText(), p));
        assertThat(byName).containsKeys("patient-summary", "patient-vital-signs", "alert-views", "alert-rules",
                "alert-notification", "notification-directory", "alert-lookups", "AlertEscalationSagaProcessor",
                "MissedCheckInSagaProcessor");
        long head = overview.get("head").asLong();
        assertThat(head).isPositive();

        for (ProjectionTables projection : projections) {
            JsonNode processor = byName.get(projection.processingGroup());
            assertThat(processor).as(projection.processingGroup()).isNotNull();
            assertThat(processor.get("rebuildable").asBoolean()).isTrue();
            assertThat(processor.get("kind").asText()).isEqualTo("streaming");
            assertThat(processor.get("status").asText()).isEqualTo("running");
            assertThat(texts(processor.get("tables"))).containsExactlyElementsOf(projection.tables());
            assertThat(processor.has("reason")).isFalse();
            assertThat(processor.get("head").asLong()).isEqualTo(head);
            assertThat(processor.get("position").asLong()).isBetween(1L, head);
            assertThat(processor.get("lagEvents").asLong()).isEqualTo(head - processor.get("position").asLong());
            assertThat(processor.get("lagSeconds").asDouble()).isGreaterThanOrEqualTo(0.0);
            assertThat(processor.get("segments")).isNotEmpty();
            processor.get("segments").forEach(segment -> {
                assertThat(segment.get("position").asLong()).isBetween(processor.get("position").asLong(), head);
                assertThat(segment.get("replaying").asBoolean()).isFalse();
                assertThat(segment.has("mask")).isTrue();
            });
            assertThat(processor.get("errors")).isEmpty();
            assertThat(processor.has("replay")).isFalse();
        }

        assertThat(byName.get("alert-notification").get("rebuildable").asBoolean()).isFalse();
        assertThat(byName.get("alert-notification").get("reason").asText()).contains("side effects");
        assertThat(byName.get("AlertEscalationSagaProcessor").get("reason").asText()).contains("sagas");
        assertThat(byName.get("MissedCheckInSagaProcessor").get("reason").asText()).contains("sagas");
        assertThat(byName.get("alert-rules").get("rebuildable").asBoolean()).isFalse();
        assertThat(byName.get("alert-rules").get("reason").asText()).contains("not a projection");
        assertThat(byName.get("alert-lookups").get("kind").asText()).isEqualTo("subscribing");
        assertThat(byName.get("alert-lookups").get("rebuildable").asBoolean()).isFalse();
        assertThat(byName.get("alert-lookups").has("position")).isFalse();

        var one = admin().get(PROJECTIONS + "/patient-summary");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("name").asText()).isEqualTo("patient-summary");
    }

    @Test
    void unknownNamesAre404AndProcessorsWithSideEffectsOrSagasAre409() {
        var unknown = admin().post(PROJECTIONS + "/no-such-projection/rebuild", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("PROCESSOR_NOT_FOUND");
        assertThat(admin().get(PROJECTIONS + "/no-such-projection").json().get("code").asText())
                .isEqualTo("PROCESSOR_NOT_FOUND");

        for (String name : List.of("alert-notification", "alert-rules", "notification-directory", "alert-lookups",
                "AlertEscalationSagaProcessor", "MissedCheckInSagaProcessor")) {
            var refused = admin().post(PROJECTIONS + "/" + name + "/rebuild", null);
            assertThat(refused.status()).as(name + ": " + refused).isEqualTo(409);
            assertThat(refused.json().get("code").asText()).isEqualTo("PROCESSOR_NOT_REBUILDABLE");
            assertThat(refused.json().get("detail").asText()).startsWith(name + " cannot be rebuilt: ");
            var after = admin().get(PROJECTIONS + "/" + name).json();
            assertThat(after.get("status").asText()).as(name).isEqualTo("running");
            assertThat(after.has("replay")).as(name).isFalse();
        }
    }

    @Test
    void aRebuildReplaysWhileCareLedgerKeepsServingAndReportsItsProgress(CapturedOutput output) {
        Api nurse = newUser(Role.NURSE, null);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        for (int i = 0; i < 5; i++) {
            assertThat(nurse.post("/api/v1/patients/" + patient + "/vital-signs", READING).status()).isEqualTo(204);
        }
        nurse.await("/api/v1/patients/" + patient + "/vital-signs", r -> r.status() == 200 && r.json().get("items").size() == 5);
        awaitCaughtUp(Set.of("patient-vital-signs"));

        var started = admin().post(PROJECTIONS + "/patient-vital-signs/rebuild", null);
        var again = admin().post(PROJECTIONS + "/patient-vital-signs/rebuild", null);

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo(PROJECTIONS + "/patient-vital-signs");
        JsonNode body = started.json();
        assertThat(body.get("status").asText()).isEqualTo("replaying");
        JsonNode replay = body.get("replay");
        assertThat(replay.get("target").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(replay.get("percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(replay.get("requestedBy").asText()).isNotBlank();
        assertThat(replay.has("startedAt")).isTrue();
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("REBUILD_IN_PROGRESS");

        // Writes and other reads go on during the replay.
        assertThat(nurse.post("/api/v1/patients/" + patient + "/vital-signs", READING).status()).isEqualTo(204);
        assertThat(nurse.get("/api/v1/patients/" + patient).status()).isEqualTo(200);

        JsonNode done = awaitCaughtUp(Set.of("patient-vital-signs")).json();
        assertThat(done.get("processors")).isNotEmpty();
        nurse.await("/api/v1/patients/" + patient + "/vital-signs", r -> r.status() == 200 && r.json().get("items").size() == 6);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!output.getAll().contains("Replay of patient-vital-signs finished") && System.nanoTime() < deadline) {
            StandaloneApp.sleep(Duration.ofMillis(200));
        }
        assertThat(output.getAll())
                .contains("Rebuild of patient-vital-signs started by user ")
                .contains("tables [patient_vital_signs] emptied, replaying up to position " + replay.get("target").asLong())
                .containsPattern("Replay of patient-vital-signs finished: position \\d+ reached in [\\d.]+ s");
    }

    @Test
    void everyRebuiltProjectionEqualsTheOneItReplaced() {
        new ClinicalScenario(admin(), port, PASSWORD).run(4, 2);
        Set<String> groups = groups();
        List<String> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            long head = awaitQuiet(groups);
            Map<String, List<String>> before = ProjectionContents.copy(TestDatabase::connect, projections);
            assertThat(before.values().stream().mapToInt(List::size).sum()).isPositive();
            int commandsBefore = dispatched.messages().size();
            for (String group : groups) {
                var rebuild = admin().post(PROJECTIONS + "/" + group + "/rebuild", null);
                assertThat(rebuild.status()).as(group + ": " + rebuild).isEqualTo(202);
            }
            long headAfter = awaitQuiet(groups);
            Map<String, List<String>> after = ProjectionContents.copy(TestDatabase::connect, projections);
            if (headAfter == head) {
                // Replayed history raised, escalated and notified nothing: no command left the rebuilt projections.
                assertThat(dispatched.messages().subList(commandsBefore, dispatched.messages().size())).isEmpty();
                for (String table : before.keySet()) {
                    assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
                }
                assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
                return;
            }
            attempts.add(head + " -> " + headAfter);
        }
        throw new AssertionError("new events kept arriving during every rebuild: " + attempts);
    }

    private Set<String> groups() {
        return projections.stream().map(ProjectionTables::processingGroup).collect(Collectors.toSet());
    }

    /** Waits until these processors run, out of replay, with no lag, and returns the overview. */
    private Api.Response awaitCaughtUp(Set<String> names) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Api.Response last = admin().get(PROJECTIONS);
        while (!caughtUp(last, names)) {
            assertThat(System.nanoTime()).as("waiting for " + names + " to catch up; last: " + last).isLessThan(deadline);
            StandaloneApp.sleep(Duration.ofMillis(200));
            last = admin().get(PROJECTIONS);
        }
        return last;
    }

    /** Waits until the projections have caught up and the head has not moved for two seconds; returns the head. */
    private long awaitQuiet(Set<String> names) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            long head = awaitCaughtUp(names).json().get("head").asLong();
            StandaloneApp.sleep(Duration.ofSeconds(2));
            Api.Response again = awaitCaughtUp(names);
            if (again.json().get("head").asLong() == head) {
                return head;
            }
            assertThat(System.nanoTime()).as("waiting for the event stream to be quiet").isLessThan(deadline);
        }
    }

    private static boolean caughtUp(Api.Response overview, Set<String> names) {
        if (overview.status() != 200) {
            return false;
        }
        int found = 0;
        for (JsonNode processor : overview.json().get("processors")) {
            if (names.contains(processor.get("name").asText())) {
                found++;
                if (!"running".equals(processor.get("status").asText()) || processor.has("replay")
                        || !processor.has("lagEvents") || processor.get("lagEvents").asLong() != 0) {
                    return false;
                }
            }
        }
        return found == names.size();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
