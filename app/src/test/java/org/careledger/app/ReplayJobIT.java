package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.EventProcessor;
import org.careledger.api.shared.Role;
import org.careledger.app.security.Organization;
import org.careledger.app.security.Organizations;
import org.careledger.app.security.UserAdministration;
import org.careledger.query.ProjectionTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The replay job (docs/projections.md): the jar started with {@code careledger.roles=replay} on a database that a
 * serving application filled through REST. It runs without a web server and without any other processor, rebuilds the
 * named projections equal to what the server had built, prints its progress and exits 0; names it cannot replay end
 * it with exit code 2 and nothing touched. On a database of its own: the job must not meet a serving node that holds
 * the same processors.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplayJobIT {
    private static final String PASSWORD = "replay-job-test-password";
    private static final List<String> REPLAYED = List.of("patient-summary", "alert-views");

    private final String database = StandaloneApp.newDatabase();

    @Test
    void theJobRebuildsTheNamedProjectionsAloneAndExitsOnceCaughtUp(CapturedOutput output) throws Exception {
        List<ProjectionTables> projections;
        try (ConfigurableApplicationContext server = start(Map.of())) {
            int port = port(server);
            Api admin = newOrganizationAdmin(server, port);
            new ClinicalScenario(admin, port, PASSWORD).run(3, 15);
            projections = List.copyOf(server.getBeansOfType(ProjectionTables.class).values());
            StandaloneApp.await("the projections to catch up", Duration.ofSeconds(60), () -> caughtUp(admin));
        }
        Map<String, List<String>> before = ProjectionContents.copy(this::connect, projections);
        Map<String, String> tokensBefore = otherTokens();
        assertThat(before.get("patient-summary/patient_summary")).hasSize(3);

        Instant started = Instant.now();
        try (ConfigurableApplicationContext job = start(Map.of("careledger.roles", "replay",
                "careledger.replay.projections", String.join(",", REPLAYED),
                "careledger.projections.progress-interval", "PT0.05S"))) {
            assertThat(job).isNotInstanceOf(WebServerApplicationContext.class);
            Map<String, EventProcessor> processors = job.getBean(EventProcessingConfiguration.class).eventProcessors();
            assertThat(processors.keySet()).containsExactlyInAnyOrder("patient-summary", "alert-views",
                    "careledger-replay-job-idle");
            assertThat(processors.get("careledger-replay-job-idle").isRunning()).isFalse();
            assertThat(job.getBeansOfType(Scheduler.class)).as("no deadline scheduler").isEmpty();
            assertThat(job.getBean(org.axonframework.config.Configuration.class).deadlineManager())
                    .isNotInstanceOf(DbSchedulerDeadlineManager.class);
            assertThat(SpringApplication.exit(job)).isZero();
        }

        Map<String, List<String>> after = ProjectionContents.copy(this::connect, projections);
        assertThat(after).isEqualTo(before);
        assertThat(otherTokens()).as("no other processor moved").isEqualTo(tokensBefore);
        String log = output.getAll();
        for (String name : REPLAYED) {
            assertThat(log).contains("Rebuild of " + name + " started: tables ")
                    .containsPattern("Replay of " + name + ": position \\d+ of \\d+ \\([\\d.]+%\\), ([\\d.]+|-) events/s, ")
                    .containsPattern("Replay of " + name + " finished: position \\d+ reached in [\\d.]+ s");
        }
        assertThat(log).contains("Replay job: [patient-summary, alert-views] caught up in ");
        assertThat(log.substring(log.indexOf("Replay job: replaying"))).as("the job's own output")
                .doesNotContain("Tomcat started");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofMinutes(3));
    }

    @Test
    void unknownOrUnrebuildableNamesEndTheJobWithExitCode2AndTouchNothing(CapturedOutput output) throws Exception {
        List<ProjectionTables> projections;
        try (ConfigurableApplicationContext server = start(Map.of())) {
            int port = port(server);
            Api admin = newOrganizationAdmin(server, port);
            new ClinicalScenario(admin, port, PASSWORD).run(1, 0);
            projections = List.copyOf(server.getBeansOfType(ProjectionTables.class).values());
            StandaloneApp.await("the projections to catch up", Duration.ofSeconds(60), () -> caughtUp(admin));
        }
        Map<String, List<String>> before = ProjectionContents.copy(this::connect, projections);
        Map<String, String> tokensBefore = allTokens();

        try (ConfigurableApplicationContext job = start(Map.of("careledger.roles", "replay",
                "careledger.replay.projections", "patient-summary,alert-notification,no-such-projection"))) {
            assertThat(job.getBean(EventProcessingConfiguration.class).eventProcessors().keySet())
                    .containsExactly("careledger-replay-job-idle");
            assertThat(SpringApplication.exit(job)).isEqualTo(2);
        }
        assertThat(output.getAll())
                .contains("Replay job: alert-notification cannot be replayed")
                .contains("Replay job: there is no event processor named no-such-projection")
                .contains("Replay job: nothing was replayed. Projections that can be: ");
        assertThat(ProjectionContents.copy(this::connect, projections)).isEqualTo(before);
        assertThat(allTokens()).isEqualTo(tokensBefore);

        try (ConfigurableApplicationContext job = start(Map.of("careledger.roles", "replay"))) {
            assertThat(SpringApplication.exit(job)).isEqualTo(2);
        }
        assertThat(output.getAll()).contains("Replay job: name the projections to replay");
    }

    private ConfigurableApplicationContext start(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(extra);
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", TestDatabase.user());
        properties.put("spring.datasource.password", TestDatabase.password());
        properties.put("careledger.demo.enabled", "false");
        properties.put("spring.datasource.hikari.maximum-pool-size", "6");
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CareLedgerApplication.class).profiles("postgres").run(arguments);
    }

    private static int port(ConfigurableApplicationContext server) {
        return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }

    private static Api newOrganizationAdmin(ConfigurableApplicationContext server, int port) {
        Organization organization = server.getBean(Organizations.class)
                .save(new Organization("Replay Trust " + UUID.randomUUID(), Instant.now()));
        String username = "replay-admin-" + UUID.randomUUID().toString().substring(0, 8);
        server.getBean(UserAdministration.class).create(organization.id(),
                new UserAdministration.NewUser(username, PASSWORD, Role.ADMIN, "Replay admin", null));
        return Api.as(port, username, PASSWORD);
    }

    /** Every rebuildable projection of the server runs with no lag and no replay, and the head stays put. */
    private static boolean caughtUp(Api admin) {
        JsonNode overview = admin.get("/api/v1/admin/projections").json();
        for (JsonNode processor : overview.get("processors")) {
            if (processor.get("rebuildable").asBoolean() && (processor.has("replay")
                    || !"running".equals(processor.get("status").asText())
                    || processor.get("lagEvents").asLong() != 0)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, String> otherTokens() throws SQLException {
        Map<String, String> tokens = allTokens();
        tokens.keySet().removeIf(key -> REPLAYED.stream().anyMatch(name -> key.startsWith(name + "/")));
        return tokens;
    }

    private Map<String, String> allTokens() throws SQLException {
        Map<String, String> tokens = new HashMap<>();
        try (Connection connection = connect();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT processorname, segment, token, owner FROM tokenentry")) {
            while (rows.next()) {
                byte[] token = rows.getBytes(3);
                tokens.put(rows.getString(1) + "/" + rows.getInt(2),
                        (token == null ? "null" : new String(token, java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return tokens;
    }

    private Connection connect() throws SQLException {
        return StandaloneApp.connect(database);
    }

}
