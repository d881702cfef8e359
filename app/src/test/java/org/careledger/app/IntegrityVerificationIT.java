package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.util.Map;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * On the shared running application, whose store every integration test writes to: the chain keeps
 * up with every append and verifies INTACT while appends go on. Nothing here tampers with the store
 * (IntegrityTamperingIT does, on a database of its own).
 */
class IntegrityVerificationIT extends IntegrationTest {

    @Test
    void afterAClinicalDayEveryEventIsChainedAndTheChainVerifiesIntact() throws Exception {
        Api nurse = newUser(Role.NURSE, null);
        Api clinician = newUser(Role.CLINICIAN, null);
        clinicalDay(admin(), nurse, clinician);
        long storedBefore = unchainedAndStored()[1];

        var response = newUser(Role.AUDITOR, null).get("/api/v1/audit/integrity");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("status").asText()).as(report.toString()).isEqualTo("INTACT");
        assertThat(report.get("eventsVerified").asLong()).isGreaterThanOrEqualTo(storedBefore);
        long head = report.get("head").get("globalIndex").asLong();
        assertThat(report.get("head").get("hash").asText()).isEqualTo(chainHashAt(head));
        assertThat(unchainedAndStored()[0]).as("events without a matching chain entry").isZero();
    }

    @Test
    void auditorsAndAdministratorsMayVerifyNobodyElse() {
        assertThat(admin().get("/api/v1/audit/integrity").status()).isEqualTo(200);
        assertThat(as("demo-nurse").get("/api/v1/audit/integrity").status()).isEqualTo(403);
        assertThat(as("demo-clinician").get("/api/v1/audit/integrity/public-key").status()).isEqualTo(403);
        assertThat(as("demo-patient").get("/api/v1/audit/integrity/checkpoints").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/audit/integrity").status()).isEqualTo(401);

        var key = as("demo-auditor").get("/api/v1/audit/integrity/public-key");
        assertThat(key.status()).as(key.toString()).isEqualTo(200);
        assertThat(key.json().get("current").get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(key.json().get("current").get("pem").asText()).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    /**
     * A patient's day: registered, a nurse and a clinician on the care team, readings (one of them
     * critical, which raises an alert), an alert raised by hand, acknowledged and resolved. Returns
     * the patient's id.
     */
    static String clinicalDay(Api admin, Api nurse, Api clinician) {
        var registered = admin.post("/api/v1/patients", registration(uniqueMrn()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String patient = registered.json().get("patientId").asText();
        String path = "/api/v1/patients/" + patient;
        for (var member : Map.of(nurse.userId(), "MEMBER", clinician.userId(), "PRIMARY").entrySet()) {
            var assigned = admin.post(path + "/care-team", Map.of("memberId", member.getKey(), "teamRole", member.getValue()));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
        }
        for (int heartRate : new int[] {72, 88}) {
            assertThat(nurse.post(path + "/vital-signs", Map.of("heartRate", heartRate)).status()).isEqualTo(204);
        }
        var critical = nurse.post(path + "/vital-signs", Map.of("heartRate", 120, "respiratoryRate", 25,
                "oxygenSaturation", 91, "systolicBloodPressure", 90, "temperature", 39.1, "consciousness", "VOICE",
                "supplementalOxygen", true));
        assertThat(critical.status()).as(critical.toString()).isEqualTo(204);

        var raised = nurse.post("/api/v1/alerts", Map.of("patientId", patient, "severity", "HIGH", "summary", "chest pain"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String alert = "/api/v1/alerts/" + raised.json().get("alertId").asText();
        assertThat(nurse.post(alert + "/acknowledgements", null).status()).isEqualTo(204);
        assertThat(clinician.post(alert + "/resolution", Map.of("outcome", "seen in clinic")).status()).isEqualTo(204);

        String raisedByRule = nurse.await("/api/v1/alerts?patientId=" + patient + "&severity=CRITICAL",
                r -> r.status() == 200 && r.json().get("items").size() == 1).json().get("items").get(0).get("alertId").asText();
        assertThat(nurse.post("/api/v1/alerts/" + raisedByRule + "/acknowledgements", null).status()).isEqualTo(204);
        return patient;
    }

    /** A demo user of another application, knowing its user id. */
    static Api demoUser(Api admin, int port, String username, String password) {
        for (JsonNode user : admin.get("/api/v1/users").json()) {
            if (user.get("username").asText().equals(username)) {
                return Api.as(port, username, password).identified(user.get("userId").asText());
            }
        }
        throw new AssertionError("no user " + username);
    }

    /** In one snapshot: stored events without a chain entry for the same event, and all stored events. */
    private static long[] unchainedAndStored() throws Exception {
        try (var connection = TestDatabase.connect();
                ResultSet row = connection.createStatement().executeQuery("""
                        SELECT (SELECT count(*) FROM domainevententry e LEFT JOIN event_chain c
                                  ON c.global_index = e.globalindex AND c.event_identifier = e.eventidentifier
                                WHERE c.global_index IS NULL),
                               (SELECT count(*) FROM domainevententry)""")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    private static String chainHashAt(long globalIndex) throws Exception {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement("SELECT hash FROM event_chain WHERE global_index = ?")) {
            query.setLong(1, globalIndex);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
