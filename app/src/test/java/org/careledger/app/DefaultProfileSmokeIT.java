package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The zero-install default: no profile, embedded H2, demo users. It still starts, keeps a record, and
 * runs the alerting flow (rules, lookups, escalation deadlines) as it does on PostgreSQL.
 */
@SpringBootTest(classes = CareLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careledger.demo.password=" + DefaultProfileSmokeIT.PASSWORD,
            "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "careledger.escalation.ack-timeout.critical=PT2S", "db-scheduler.polling-interval=500ms"})
class DefaultProfileSmokeIT {
    static final String PASSWORD = "smoke-test-password";
    private static final String DEMO_PATIENT = IntegrationTest.DEMO_PATIENT;

    @LocalServerPort
    int port;

    @Test
    void theDefaultProfileRegistersAndShowsAPatient() {
        Api nurse = Api.as(port, "demo-nurse", PASSWORD);
        Api admin = Api.as(port, "demo-admin", PASSWORD);
        nurse.await("/api/v1/patients/" + DEMO_PATIENT, r -> r.status() == 200);

        Map<String, Object> body = new LinkedHashMap<>(IntegrationTest.registration("SMOKE00001"));
        var created = admin.post("/api/v1/patients", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("patientId").asText();
        var summary = admin.await("/api/v1/patients/" + id, r -> r.status() == 200);
        assertThat(summary.json().get("mrn").asText()).isEqualTo("SMOKE00001");
    }

    @Test
    void theDemoNurseRaisesAnAlertThatRecursAndTheDemoClinicianResolvesIt() {
        Api nurse = Api.as(port, "demo-nurse", PASSWORD);
        Api clinician = Api.as(port, "demo-clinician", PASSWORD);
        Map<String, Object> raise = Map.of("patientId", DEMO_PATIENT, "severity", "HIGH",
                "summary", "short of breath on the phone");

        var raised = nurse.post("/api/v1/alerts", raise);
        var repeated = clinician.post("/api/v1/alerts", raise);
        String alert = raised.json().get("alertId").asText();
        var acknowledged = nurse.post("/api/v1/alerts/" + alert + "/acknowledgements", null);
        var resolved = clinician.post("/api/v1/alerts/" + alert + "/resolution", Map.of("outcome", "seen at home"));
        var next = nurse.post("/api/v1/alerts", raise);

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.json().get("alertId").asText()).isEqualTo(alert);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(204);
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(204);
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().get("alertId").asText()).isNotEqualTo(alert);
    }

    @Test
    void aCriticalReadingRaisesAnAlertThatEscalatesUntilAcknowledged() {
        Api nurse = Api.as(port, "demo-nurse", PASSWORD);
        var reading = nurse.post("/api/v1/patients/" + DEMO_PATIENT + "/vital-signs", Map.of("heartRate", 120,
                "respiratoryRate", 25, "oxygenSaturation", 91, "systolicBloodPressure", 90, "temperature", 39.1,
                "consciousness", "VOICE", "supplementalOxygen", true));
        assertThat(reading.status()).as(reading.toString()).isEqualTo(204);

        var alert = nurse.await("/api/v1/alerts?patientId=" + DEMO_PATIENT + "&severity=CRITICAL",
                r -> r.status() == 200 && r.json().get("items").size() == 1).json().get("items").get(0);
        String id = alert.get("alertId").asText();
        nurse.await("/api/v1/alerts/" + id, r -> r.status() == 200 && r.json().get("level").asInt() >= 2);
        assertThat(nurse.post("/api/v1/alerts/" + id + "/acknowledgements", null).status()).isEqualTo(204);
        var acknowledged = nurse.await("/api/v1/alerts/" + id,
                r -> r.status() == 200 && r.json().get("status").asText().equals("ACKNOWLEDGED"));
        assertThat(acknowledged.json().get("level").asInt()).isBetween(2, 3);
    }
}
