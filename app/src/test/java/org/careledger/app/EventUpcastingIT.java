package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.careledger.api.patient.DischargeReason;
import org.careledger.api.patient.PatientDischarged;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Events stored before a revision change stay readable: a {@code PatientDischarged} of revision 1, stored in the real
 * JDBC event store exactly as the application used to write it, is read as revision 2 by the event store, by the
 * Patient aggregate and by the projections. New discharges are stored as revision 2 with their reason.
 */
class EventUpcastingIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired EventStore eventStore;
    @Autowired @Qualifier("patientCache") Cache patientCache;

    @Test
    void aCachedPatientMadeStaleAroundTheApplicationAnswersAConflictOnceAndIsThenReadAgain() throws Exception {
        String patient = registerPatient(); // now in the aggregate cache at sequence 0
        storeRevision1Discharge(patient, 1, userIdOf("demo-admin")); // sequence 1 written behind its back

        var stale = admin().post("/api/v1/patients/" + patient + "/discharge", null);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(eventStore.readEvents(patient).asStream().count()).isEqualTo(2);

        // the failed append dropped the cached copy: the retry reads the stream and sees the discharge
        var retry = admin().post("/api/v1/patients/" + patient + "/discharge", null);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
        assertThat(retry.json().get("code").asText()).isEqualTo("PATIENT_DISCHARGED");
    }

    @Test
    void aRevision1DischargeIsReadAsRevision2EverywhereWhileItsRowStaysAsItWas() throws Exception {
        String patient = registerPatient();
        String adminId = userIdOf("demo-admin");
        storeRevision1Discharge(patient, 1, adminId);
        patientCache.remove(patient); // the row was written around the application: its cached patient is stale

        DomainEventMessage<?> discharge = eventStore.readEvents(patient).asStream()
                .filter(event -> event.getSequenceNumber() == 1).findFirst().orElseThrow();
        assertThat(discharge.getPayload()).isEqualTo(new PatientDischarged(
                PatientId.of(patient), UserId.of(adminId), DischargeReason.NOT_RECORDED));

        // the aggregate loads the old event: the patient is discharged and refuses a second discharge
        var again = admin().post("/api/v1/patients/" + patient + "/discharge", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("PATIENT_DISCHARGED");
        // the summary projection read it too
        admin().await("/api/v1/patients/" + patient,
                r -> r.status() == 200 && "DISCHARGED".equals(r.json().get("status").asText()));
        assertThat(storedRevisionOf(patient, 1)).isEqualTo("1");
    }

    @Test
    void aDischargeIsStoredAsRevision2WithItsReason() throws Exception {
        String patient = registerPatient();

        var discharged = admin().post("/api/v1/patients/" + patient + "/discharge", Map.of("reason", "transferred"));
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(204);

        assertThat(storedRevisionOf(patient, 1)).isEqualTo("2");
        assertThat(storedPayloadOf(patient, 1).get("reason").asText()).isEqualTo("TRANSFERRED");
    }

    @Test
    void aDischargeWithoutAReasonRecordsNoneAndAnUnknownReasonIsRefused() throws Exception {
        String patient = registerPatient();

        var unknown = admin().post("/api/v1/patients/" + patient + "/discharge", Map.of("reason", "bored"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(admin().post("/api/v1/patients/" + patient + "/discharge", null).status()).isEqualTo(204);
        assertThat(storedPayloadOf(patient, 1).get("reason").asText()).isEqualTo("NOT_RECORDED");
    }

    private String userIdOf(String username) {
        for (JsonNode user : admin().get("/api/v1/users").json()) {
            if (user.get("username").asText().equals(username)) {
                return user.get("userId").asText();
            }
        }
        throw new AssertionError("no user " + username);
    }

    // As OrderedAppendEventStorageEngine appends: under the append lock, in one transaction.
    private static void storeRevision1Discharge(String patient, long sequence, String dischargedBy) throws Exception {
        String payload = "{\"patientId\":{\"value\":\"" + patient + "\"},\"dischargedBy\":{\"value\":\"" + dischargedBy
                + "\"}}";
        try (var connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE");
            try (var insert = connection.prepareStatement("""
                    INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                      payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, 'Patient', ?, ?, '1', ?, ?)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, patient);
                insert.setLong(3, sequence);
                insert.setString(4, Instant.now().toString());
                insert.setString(5, PatientDischarged.class.getName());
                insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
                insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
                insert.executeUpdate();
            }
            connection.commit();
        }
    }

    private static String storedRevisionOf(String aggregate, long sequence) throws Exception {
        return stored(aggregate, sequence, "payloadrevision").get(0);
    }

    private static JsonNode storedPayloadOf(String aggregate, long sequence) throws Exception {
        return JSON.readTree(stored(aggregate, sequence, "convert_from(payload, 'UTF8')").get(0));
    }

    private static List<String> stored(String aggregate, long sequence, String column) throws Exception {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement("SELECT " + column
                        + " FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
            query.setString(1, aggregate);
            query.setLong(2, sequence);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("event " + sequence + " of " + aggregate).isTrue();
                return List.of(rows.getString(1));
            }
        }
    }
}
