package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.sql.Connection;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.careledger.app.EventStoreTampering.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tampering with the stored events in PostgreSQL behind CareLedger's back is found by verification
 * (docs/integrity.md). The application and its database are this test's own, so no other test ever
 * sees a tampered store; each test also puts back exactly what it changed, and the store must verify
 * INTACT again afterwards.
 */
class IntegrityTamperingIT {
    private static final String PASSWORD = "integrity-test-password";
    private static String database;
    private static Path directory;
    private static ConfigurableApplicationContext app;
    private static Api auditor;
    private static String patient;

    @BeforeAll
    static void startWithARealisticStore() throws Exception {
        database = StandaloneApp.newDatabase();
        directory = Files.createTempDirectory("careledger-integrity-it");
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", TestDatabase.user());
        properties.put("spring.datasource.password", TestDatabase.password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "6"); // the PostgreSQL server is shared
        properties.put("careledger.demo.enabled", "true");
        properties.put("careledger.demo.password", PASSWORD);
        properties.put("careledger.integrity.directory", directory.toString());
        properties.put("careledger.integrity.checkpoints.every-events", "4");
        properties.put("careledger.integrity.checkpoints.interval", "PT1S");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        app = new SpringApplicationBuilder(CareLedgerApplication.class).profiles("postgres").run(arguments);
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        auditor = Api.as(port, "demo-auditor", PASSWORD);
        Api admin = Api.as(port, "demo-admin", PASSWORD);
        patient = IntegrityVerificationIT.clinicalDay(admin, IntegrityVerificationIT.demoUser(admin, port, "demo-nurse", PASSWORD),
                IntegrityVerificationIT.demoUser(admin, port, "demo-clinician", PASSWORD));
        awaitCheckpointAtHead();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @AfterEach
    void everythingPutBackVerifiesIntactAgain() {
        assertThat(verify().get("status").asText()).isEqualTo("INTACT");
    }

    @Test
    void theStoreAfterAClinicalDayVerifiesIntactUpToItsHeadAndAgainstEverySignedCheckpoint() throws Exception {
        JsonNode report = verify();
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            long head = store.headIndex();
            assertThat(report.get("eventsVerified").asLong()).isEqualTo(store.count("domainevententry"))
                    .isEqualTo(store.count("event_chain")).isGreaterThan(15);
            assertThat(report.get("head").get("globalIndex").asLong()).isEqualTo(head);
            assertThat(report.get("head").get("hash").asText()).isEqualTo(store.chainEntry(head).hash());
        }
        assertThat(report.get("checkpointsVerified").asInt()).isEqualTo(checkpointLines().length).isGreaterThan(1);
        assertThat(report.get("latestCheckpoint").get("globalIndex").asLong())
                .isEqualTo(report.get("head").get("globalIndex").asLong());
        assertThat(report.has("firstMismatch")).isFalse();
    }

    @Test
    void aChangedPayloadBreaksTheChainAtThatEvent() throws Exception {
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            Row reading = store.latest(patient, "VitalSignsRecorded");
            String altered = reading.payloadText().replaceFirst("\"heartRate\":\\d+", "\"heartRate\":72");
            assertThat(altered).isNotEqualTo(reading.payloadText());
            try {
                store.setPayload(reading.globalIndex(), altered.getBytes(StandardCharsets.UTF_8));
                assertMismatch(reading, "EVENT_CHANGED");
            } finally {
                store.setPayload(reading.globalIndex(), reading.payload());
            }
        }
    }

    @Test
    void changedMetadataBreaksTheChainAtThatEvent() throws Exception {
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            Row registered = store.latest(patient, "PatientRegistered");
            String metadata = new String(registered.metadata(), StandardCharsets.UTF_8);
            String otherActor = metadata.replaceFirst("\"actorRole\":\"ADMIN\"", "\"actorRole\":\"NURSE\"");
            assertThat(otherActor).isNotEqualTo(metadata);
            try {
                store.setMetadata(registered.globalIndex(), otherActor.getBytes(StandardCharsets.UTF_8));
                assertMismatch(registered, "EVENT_CHANGED");
            } finally {
                store.setMetadata(registered.globalIndex(), registered.metadata());
            }
        }
    }

    @Test
    void aDeletedEventIsReportedMissingByItsChainEntry() throws Exception {
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            Row assigned = store.latest(patient, "CareTeamMemberAssigned");
            try {
                store.deleteEvent(assigned.globalIndex());
                assertMismatch(assigned, "EVENT_MISSING");
            } finally {
                store.insert(assigned);
            }
        }
    }

    @Test
    void anEventDeletedWithItsChainEntryLeavesAHoleTheNextEntryPointsAt() throws Exception {
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            Row assigned = store.latest(patient, "CareTeamMemberAssigned");
            var entry = store.chainEntry(assigned.globalIndex());
            try {
                store.deleteEvent(assigned.globalIndex());
                store.deleteChainEntry(assigned.globalIndex());
                JsonNode mismatch = verify().get("firstMismatch");
                assertThat(mismatch.get("problem").asText()).isEqualTo("EVENT_MISSING");
                assertThat(mismatch.get("globalIndex").asLong()).isEqualTo(assigned.globalIndex());
            } finally {
                store.insert(entry);
                store.insert(assigned);
            }
        }
    }

    @Test
    void anEventRewrittenTogetherWithTheChainIsCaughtByTheSignedCheckpoint() throws Exception {
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            Row reading = store.latest(patient, "VitalSignsRecorded");
            var originalChain = store.chainHashesFrom(reading.globalIndex());
            long coveringCheckpoint = firstCheckpointAtOrAfter(reading.globalIndex());
            try {
                store.setPayload(reading.globalIndex(), reading.payloadText()
                        .replaceFirst("\"heartRate\":\\d+", "\"heartRate\":72").getBytes(StandardCharsets.UTF_8));
                store.recomputeChainFrom(reading.globalIndex());
                assertThat(store.chainEntry(reading.globalIndex()).hash()).isNotEqualTo(originalChain.get(reading.globalIndex()));

                JsonNode mismatch = verify().get("firstMismatch");
                assertThat(mismatch.get("problem").asText()).isEqualTo("CHECKPOINT_MISMATCH");
                assertThat(mismatch.get("globalIndex").asLong()).isEqualTo(coveringCheckpoint);
            } finally {
                store.setPayload(reading.globalIndex(), reading.payload());
                store.setChainHashes(originalChain);
            }
        }
    }

    @Test
    void anEventSlippedIntoTheStoreAroundCareLedgerHasNoChainEntry() throws Exception {
        try (Connection connection = connect()) {
            var store = new EventStoreTampering(connection);
            Row model = store.latest(patient, "PatientRegistered");
            long forgedIndex = store.nextGlobalIndex();
            var forged = new Row(forgedIndex, "forged-" + forgedIndex, "forged-aggregate", 0, "Forged", model.timestamp(),
                    "org.careledger.test.Forged", null, "{}".getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
            try {
                store.insert(forged);
                assertMismatch(forged, "CHAIN_ENTRY_MISSING");
            } finally {
                store.deleteEvent(forgedIndex);
            }
        }
    }

    @Test
    void anAlteredCheckpointFailsItsSignature() throws Exception {
        Path file = directory.resolve("checkpoints.jsonl");
        byte[] original = Files.readAllBytes(file);
        String[] lines = checkpointLines();
        JsonNode last = json(lines[lines.length - 1]);
        String forged = lines[lines.length - 1].replace(last.get("hash").asText(), "0".repeat(64));
        try {
            Files.writeString(file, String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 1)) + "\n" + forged + "\n");
            JsonNode mismatch = verify().get("firstMismatch");
            assertThat(mismatch.get("problem").asText()).isEqualTo("BAD_SIGNATURE");
            assertThat(mismatch.get("globalIndex").asLong()).isEqualTo(last.get("globalIndex").asLong());
        } finally {
            Files.write(file, original);
        }
    }

    @Test
    void anAuditorChecksTheLatestCheckpointWithThePublishedKeyAlone() throws Exception {
        JsonNode key = auditor.get("/api/v1/audit/integrity/public-key").json().get("current");
        JsonNode checkpoints = auditor.get("/api/v1/audit/integrity/checkpoints?limit=1").json();
        assertThat(checkpoints).hasSize(1);
        JsonNode latest = checkpoints.get(0);
        String text = "careledger-checkpoint-v1\nglobalIndex=" + latest.get("globalIndex").asLong() + "\neventIdentifier="
                + latest.get("eventIdentifier").asText() + "\nhash=" + latest.get("hash").asText() + "\nsignedAt="
                + latest.get("signedAt").asText() + "\n";

        String der = key.get("pem").asText().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(der))));
        ed25519.update(text.getBytes(StandardCharsets.UTF_8));
        assertThat(ed25519.verify(Base64.getDecoder().decode(latest.get("signature").asText()))).isTrue();
        assertThat(latest.get("signedText").asText()).isEqualTo(text);
        assertThat(latest.get("keyId").asText()).isEqualTo(key.get("keyId").asText());
        assertThat(Files.readString(directory.resolve("checkpoint-signing.pub"))).isEqualTo(key.get("pem").asText());
    }

    private static void assertMismatch(Row event, String problem) {
        JsonNode report = verify();
        assertThat(report.get("status").asText()).isEqualTo("BROKEN");
        JsonNode mismatch = report.get("firstMismatch");
        assertThat(mismatch.get("problem").asText()).as(report.toString()).isEqualTo(problem);
        assertThat(mismatch.get("globalIndex").asLong()).isEqualTo(event.globalIndex());
        assertThat(mismatch.get("eventIdentifier").asText()).isEqualTo(event.eventIdentifier());
        assertThat(report.get("head").get("globalIndex").asLong()).isLessThan(event.globalIndex());
    }

    private static JsonNode verify() {
        var response = auditor.get("/api/v1/audit/integrity");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Waits until the store is quiet and a signed checkpoint covers its head. */
    private static void awaitCheckpointAtHead() throws Exception {
        StandaloneApp.await("a checkpoint at the head", Duration.ofSeconds(30), () -> {
            try (Connection connection = connect()) {
                String[] lines = checkpointLines();
                return lines.length > 0 && json(lines[lines.length - 1]).get("globalIndex").asLong()
                        == new EventStoreTampering(connection).headIndex();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        StandaloneApp.sleep(Duration.ofSeconds(2));
        try (Connection connection = connect()) {
            assertThat(json(checkpointLines()[checkpointLines().length - 1]).get("globalIndex").asLong())
                    .as("the store stayed quiet").isEqualTo(new EventStoreTampering(connection).headIndex());
        }
    }

    private static long firstCheckpointAtOrAfter(long globalIndex) {
        return java.util.Arrays.stream(checkpointLines()).mapToLong(line -> json(line).get("globalIndex").asLong())
                .filter(index -> index >= globalIndex).min().orElseThrow();
    }

    private static String[] checkpointLines() {
        try {
            Path file = directory.resolve("checkpoints.jsonl");
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toArray(String[]::new)
                    : new String[0];
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private static Connection connect() throws java.sql.SQLException {
        return StandaloneApp.connect(database);
    }
}
