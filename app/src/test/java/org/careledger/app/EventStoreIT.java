package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;

/** How events are stored: Jackson, bytea, and the audit metadata on every event. */
class EventStoreIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    Serializer serializer;

    @Test
    void everyEventCarriesWhoDidItFromWhereAndWhy() throws Exception {
        var created = admin().with("X-Correlation-Id", "ward-round-42").post("/api/v1/patients", registration(uniqueMrn()));
        String id = created.json().get("patientId").asText();

        Map<String, String> metadata = metadataOfFirstEvent(id);
        String adminId = userIdOf("demo-admin");
        assertThat(metadata).containsEntry("actorId", adminId).containsEntry("actorRole", "ADMIN")
                .containsEntry("correlationId", "ward-round-42").containsKey("organizationId")
                .containsKey("causationId").containsKey("clientIp");
        assertThat(metadata.get("clientIp")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void eventsAreJsonInByteaColumnsNeverLargeObjects() throws Exception {
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        assertThat(context.getBeansOfType(Serializer.class).values())
                .allSatisfy(bean -> assertThat(bean.getClass().getName()).doesNotContain("XStream"));
        assertThatThrownBy(() -> Class.forName("com.thoughtworks.xstream.XStream"))
                .isInstanceOf(ClassNotFoundException.class);
        Map<String, String> types = new HashMap<>();
        try (var connection = TestDatabase.connect();
                ResultSet rows = connection.createStatement().executeQuery("""
                        SELECT table_name || '.' || column_name, data_type FROM information_schema.columns
                        WHERE table_schema = 'public' AND column_name IN
                          ('payload', 'metadata', 'token', 'serializedsaga', 'diagnostics')""")) {
            while (rows.next()) {
                types.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(types).containsKeys("domainevententry.payload", "domainevententry.metadata",
                "snapshotevententry.payload", "tokenentry.token", "sagaentry.serializedsaga", "deadletterentry.payload");
        assertThat(types.values()).containsOnly("bytea");
    }

    @Test
    void aPatientLoadedFromItsSnapshotKeepsItsRules() throws Exception {
        String id = registerPatient();
        Api nurse = newUser(org.careledger.api.shared.Role.NURSE, null);
        assignToCareTeam(id, nurse, "MEMBER");
        for (int reading = 0; reading < 4; reading++) {
            assertThat(nurse.post("/api/v1/patients/" + id + "/vital-signs", Map.of("heartRate", 70 + reading)).status())
                    .isEqualTo(204);
        }
        assertThat(snapshotsOf(id)).isPositive();

        var stillOnTeam = nurse.post("/api/v1/patients/" + id + "/vital-signs", Map.of("heartRate", 99));
        assertThat(stillOnTeam.status()).isEqualTo(204);
        assertThat(stillOnTeam.header("ETag")).isEqualTo("\"6\"");
        var stranger = newUser(org.careledger.api.shared.Role.NURSE, null);
        assertThat(stranger.post("/api/v1/patients/" + id + "/vital-signs", Map.of("heartRate", 99)).status())
                .isEqualTo(404);
    }

    private long snapshotsOf(String aggregateId) throws Exception {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement(
                        "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Map<String, String> metadataOfFirstEvent(String aggregateId) throws Exception {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement(
                        "SELECT metadata, payloadtype FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(2)).isEqualTo("org.careledger.api.patient.PatientRegistered");
                JsonNode metadata = JSON.readTree(rows.getBytes(1));
                Map<String, String> values = new HashMap<>();
                metadata.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
                return values;
            }
        }
    }

    private String userIdOf(String username) {
        for (JsonNode user : admin().get("/api/v1/users").json()) {
            if (user.get("username").asText().equals(username)) {
                return user.get("userId").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }
}
