package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Alerts on the zero-install default (embedded H2): the lookup tables, the patient lock and the
 * recurrence rule work there as they do on PostgreSQL.
 */
@SpringBootTest(classes = CareLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careledger.demo.password=" + AlertDefaultProfileIT.PASSWORD,
            "spring.datasource.url=jdbc:h2:mem:alerts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class AlertDefaultProfileIT {
    static final String PASSWORD = "alert-smoke-password";

    @LocalServerPort
    int port;

    @Test
    void theDemoNurseRaisesAnAlertThatRecursAndTheDemoClinicianResolvesIt() {
        Api nurse = Api.as(port, "demo-nurse", PASSWORD);
        Api clinician = Api.as(port, "demo-clinician", PASSWORD);
        Map<String, Object> raise = Map.of("patientId", IntegrationTest.DEMO_PATIENT, "severity", "HIGH",
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
        assertThat(resolved.header("ETag")).isEqualTo("\"3\"");
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().get("alertId").asText()).isNotEqualTo(alert);
    }
}
