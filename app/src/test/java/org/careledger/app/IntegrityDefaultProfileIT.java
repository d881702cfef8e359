package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.careledger.app.EventStoreTampering.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The chain on the zero-install default (embedded H2), with checkpoints in the database: it verifies,
 * catches a changed payload, and a store that predates the chain is adopted at the next start.
 */
class IntegrityDefaultProfileIT {
    private static final String PASSWORD = "integrity-h2-password";
    private final String url = "jdbc:h2:mem:integrity" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void theChainVerifiesCatchesTamperingAndAdoptsAStoreThatPredatesIt() throws Exception {
        String patient;
        try (var app = start()) {
            Api admin = api(app, "demo-admin");
            patient = IntegrityVerificationIT.clinicalDay(admin, IntegrityVerificationIT.demoUser(admin, port(app),
                    "demo-nurse", PASSWORD), IntegrityVerificationIT.demoUser(admin, port(app), "demo-clinician", PASSWORD));
            Api auditor = api(app, "demo-auditor");
            StandaloneApp.await("a checkpoint at the head", Duration.ofSeconds(30), () -> {
                JsonNode report = auditor.get("/api/v1/audit/integrity").json();
                return report.get("status").asText().equals("INTACT") && report.has("latestCheckpoint")
                        && report.get("latestCheckpoint").get("globalIndex").asLong()
                                == report.get("head").get("globalIndex").asLong();
            });
            JsonNode intact = auditor.get("/api/v1/audit/integrity").json();
            assertThat(intact.get("checkpointStore").asText()).isEqualTo("table integrity_checkpoint");
            assertThat(intact.get("checkpointsVerified").asInt()).isPositive();

            try (Connection connection = connect()) {
                var store = new EventStoreTampering(connection);
                Row reading = store.latest(patient, "VitalSignsRecorded");
                try {
                    store.setPayload(reading.globalIndex(), reading.payloadText()
                            .replaceFirst("\"heartRate\":\\d+", "\"heartRate\":61").getBytes(StandardCharsets.UTF_8));
                    JsonNode mismatch = auditor.get("/api/v1/audit/integrity").json().get("firstMismatch");
                    assertThat(mismatch.get("problem").asText()).isEqualTo("EVENT_CHANGED");
                    assertThat(mismatch.get("globalIndex").asLong()).isEqualTo(reading.globalIndex());
                } finally {
                    store.setPayload(reading.globalIndex(), reading.payload());
                }
                connection.createStatement().execute("UPDATE integrity_checkpoint SET hash = '" + "0".repeat(64)
                        + "' WHERE id = (SELECT max(id) FROM integrity_checkpoint)");
                JsonNode forged = auditor.get("/api/v1/audit/integrity").json().get("firstMismatch");
                assertThat(forged.get("problem").asText()).isEqualTo("BAD_SIGNATURE");
            }
        }

        long events;
        try (Connection connection = connect()) {
            // As if the store had been written before CareLedger kept a chain.
            connection.createStatement().execute("DELETE FROM event_chain");
            connection.createStatement().execute("DELETE FROM integrity_checkpoint");
            events = new EventStoreTampering(connection).count("domainevententry");
        }
        try (var app = start()) {
            JsonNode adopted = api(app, "demo-auditor").get("/api/v1/audit/integrity").json();
            assertThat(adopted.get("status").asText()).as(adopted.toString()).isEqualTo("INTACT");
            assertThat(adopted.get("eventsVerified").asLong()).isGreaterThanOrEqualTo(events);
            assertThat(adopted.get("checkpointsVerified").asInt()).as("signed right after the adoption").isPositive();
        }
    }

    private ConfigurableApplicationContext start() throws Exception {
        String directory = Files.createTempDirectory("careledger-integrity-h2").toString();
        return new SpringApplicationBuilder(CareLedgerApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--careledger.demo.enabled=true", "--careledger.demo.password=" + PASSWORD,
                "--careledger.integrity.checkpoints.store=database", "--careledger.integrity.directory=" + directory,
                "--careledger.integrity.checkpoints.every-events=3", "--careledger.integrity.checkpoints.interval=PT1S");
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(url, "sa", "");
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static Api api(ConfigurableApplicationContext app, String username) {
        return Api.as(port(app), username, PASSWORD);
    }
}
