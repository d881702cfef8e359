package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The zero-install default: no profile, embedded H2, demo users. It still starts and keeps a record. */
@SpringBootTest(classes = CareLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careledger.demo.password=" + DefaultProfileSmokeIT.PASSWORD,
            "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DefaultProfileSmokeIT {
    static final String PASSWORD = "smoke-test-password";

    @LocalServerPort
    int port;

    @Test
    void theDefaultProfileRegistersAndShowsAPatient() {
        Api nurse = Api.as(port, "demo-nurse", PASSWORD);
        Api admin = Api.as(port, "demo-admin", PASSWORD);
        nurse.await("/api/v1/patients/" + IntegrationTest.DEMO_PATIENT, r -> r.status() == 200);

        Map<String, Object> body = new LinkedHashMap<>(IntegrationTest.registration("SMOKE00001"));
        var created = admin.post("/api/v1/patients", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("patientId").asText();
        var summary = admin.await("/api/v1/patients/" + id, r -> r.status() == 200);
        assertThat(summary.json().get("mrn").asText()).isEqualTo("SMOKE00001");
    }
}
