package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.careledger.api.shared.Role;
import org.careledger.app.security.Organization;
import org.careledger.app.security.Organizations;
import org.careledger.app.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the {@code postgres} profile, against a fresh PostgreSQL database, driven
 * over HTTP as a clinical UI would. All integration tests share this one running application.
 */
@SpringBootTest(classes = CareLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careledger.demo.enabled=true", "careledger.demo.password=" + IntegrationTest.PASSWORD,
            "careledger.axon.gap-timeout=PT1S", "careledger.axon.gap-cleaning-threshold=1",
            "careledger.axon.patient-snapshot-threshold=3",
            // escalation within a test's patience: critical alerts escalate after 3 s, deadlines polled often
            "careledger.escalation.ack-timeout.critical=PT3S", "db-scheduler.polling-interval=500ms",
            // appointment reminders and no-shows within seconds (AppointmentReminderIT)
            "careledger.appointments.reminders=PT24H,PT1M", "careledger.appointments.no-show-grace=PT2S"})
@ActiveProfiles("postgres")
@AutoConfigureObservability // Spring Boot tests switch metrics export off unless asked; /actuator/prometheus is under test
@Import(RecordedCommands.class) // every IT shares this one context, so what a test observes is declared here
abstract class IntegrationTest {
    static final String PASSWORD = "integration-test-password";
    static final String DEMO_PATIENT = "7d3c6a52-4f0e-4a8b-9d51-0c2f5e6b8a10";
    private static final AtomicInteger MRNS = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    UserAdministration users;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        NotificationTestServers.register(registry);
    }

    Api as(String username) {
        return Api.as(port, username, PASSWORD);
    }

    Api admin() {
        return as("demo-admin");
    }

    Api anonymous() {
        return Api.anonymous(port);
    }

    /** A new user of the demo organization, created through the admin API. */
    Api newUser(Role role, String patientId) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role.name());
        body.put("displayName", "Test " + role.name().toLowerCase());
        body.put("patientId", patientId);
        var created = admin().post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return as(username).identified(created.json().get("userId").asText());
    }

    /** An administrator of a second, unrelated organization. */
    Api otherOrganizationAdmin() {
        Organization other = organizations.save(new Organization("Other Trust " + UUID.randomUUID(), Instant.now()));
        String username = "other-admin-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(other.id(), new UserAdministration.NewUser(username, PASSWORD, Role.ADMIN, "Other admin", null));
        return as(username);
    }

    static String uniqueMrn() {
        return String.format("IT%s%05d", RUN, MRNS.incrementAndGet());
    }

    static Map<String, Object> registration(String mrn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mrn", mrn);
        body.put("givenName", "Grace");
        body.put("familyName", "Testpatient");
        body.put("birthDate", "1948-07-02");
        body.put("sex", "female");
        body.put("email", "grace@example.org");
        body.put("phone", "+447700900456");
        return body;
    }

    /** Registers a patient as the demo admin and returns its id. */
    String registerPatient() {
        var created = admin().post("/api/v1/patients", registration(uniqueMrn()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("patientId").asText();
    }

    void assignToCareTeam(String patientId, Api member, String teamRole) {
        var assigned = admin().post("/api/v1/patients/" + patientId + "/care-team",
                Map.of("memberId", member.userId(), "teamRole", teamRole));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
    }

    /** Waits until the patient's summary has caught up with at least this version. */
    Api.Response awaitVersion(Api api, String patientId, long version) {
        return api.await("/api/v1/patients/" + patientId,
                r -> r.status() == 200 && r.json().get("version").asLong() >= version);
    }

    /** A new member of staff of the demo organization with contact details, created through the admin API. */
    Api newStaff(Role role, String email, String phone, List<String> channels) {
        Map<String, Object> body = userBody(role, email, phone, channels);
        var created = admin().post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("notificationChannels")).hasSize(channels.size());
        return as((String) body.get("username")).identified(created.json().get("userId").asText());
    }

    static Map<String, Object> userBody(Role role, String email, String phone, List<String> channels) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("password", PASSWORD);
        body.put("role", role.name());
        body.put("displayName", "Test " + role.name().toLowerCase());
        body.put("email", email);
        body.put("phone", phone);
        body.put("notificationChannels", channels);
        return body;
    }


    /** The record version a write answered with, from its ETag. */
    static long versionOf(Api.Response response) {
        String etag = response.header("ETag");
        assertThat(etag).as("ETag of " + response).matches("\"\\d+\"");
        return Long.parseLong(etag.substring(1, etag.length() - 1));
    }
}
