package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/** Bad requests get a precise problem, never a 500, and never leave a partial write behind. */
class PatientErrorsIT extends IntegrationTest {

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        long before = eventCount();
        var refused = admin().post("/api/v1/patients", Map.of("mrn", "ab", "givenName", " ", "birthDate",
                "31/12/1960", "sex", "Q", "phone", "0999", "email", "not-an-address"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("https://careledger.org/problems/invalid-request");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("mrn", "givenName", "familyName", "birthDate", "sex", "phone",
                "email");
        assertThat(refused.body()).doesNotContain("0999", "not-an-address");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void malformedBodiesAndParametersAreBadRequests() {
        assertThat(admin().post("/api/v1/patients", "{not json").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/patients/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/patients?size=0").status()).isEqualTo(400);
        var vitals = as("demo-nurse").post("/api/v1/patients/" + DEMO_PATIENT + "/vital-signs",
                Map.of("heartRate", 900, "oxygenSaturation", 20, "consciousness", "SLEEPY"));
        assertThat(vitals.status()).isEqualTo(400);
        assertThat(vitals.json().get("errors")).hasSize(3);
    }

    @Test
    void springsOwnErrorsAreProblemsOfTheSameShape() {
        var wrongMethod = admin().get("/api/v1/patients/" + DEMO_PATIENT + "/care-team");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        var unknownPath = admin().get("/api/v1/patients/" + DEMO_PATIENT + "/no-such-thing");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("type").asText()).isEqualTo("https://careledger.org/problems/not-found");
        var unknownUser = admin().get("/api/v1/users/" + UUID.randomUUID());
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.json().get("code").asText()).isEqualTo("RECORD_NOT_FOUND");
        var temperature = as("demo-nurse").post("/api/v1/patients/" + DEMO_PATIENT + "/vital-signs",
                Map.of("temperature", 36.85));
        assertThat(temperature.status()).isEqualTo(400);
        assertThat(temperature.json().get("errors").get(0).get("field").asText()).isEqualTo("temperature");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        var body = new HashMap<>(registration(uniqueMrn()));
        body.put("birthDate", "2999-01-01");
        var refused = admin().post("/api/v1/patients", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("BIRTH_DATE_IN_FUTURE");
    }

    @Test
    void anUnknownPatientIsNotFound() {
        var missing = admin().put("/api/v1/patients/" + UUID.randomUUID() + "/contact-details", Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
        assertThat(admin().get("/api/v1/patients/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void repeatingARegistrationNeverCreatesASecondPatient() {
        var body = new HashMap<>(registration(uniqueMrn()));
        body.put("patientId", UUID.randomUUID().toString());
        assertThat(admin().post("/api/v1/patients", body).status()).isEqualTo(201);
        long before = eventCount();

        var repeated = admin().post("/api/v1/patients", body);
        assertThat(repeated.status()).isEqualTo(409);
        assertThat(repeated.json().get("code").asText()).isEqualTo("PATIENT_ALREADY_REGISTERED");
        body.put("mrn", uniqueMrn());
        assertThat(admin().post("/api/v1/patients", body).status()).isEqualTo(409);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aMedicalRecordNumberBelongsToOnePatientOfTheOrganization() {
        String mrn = uniqueMrn();
        assertThat(admin().post("/api/v1/patients", registration(mrn)).status()).isEqualTo(201);
        var second = admin().post("/api/v1/patients", registration(mrn));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("MRN_ALREADY_REGISTERED");
        assertThat(otherOrganizationAdmin().post("/api/v1/patients", registration(mrn)).status()).isEqualTo(201);
    }

    @Test
    void concurrentRegistrationsOfOneMrnLetExactlyOneThrough() throws Exception {
        String mrn = uniqueMrn();
        long before = eventCount();
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> admin().post("/api/v1/patients", registration(mrn)).status()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void aWriteAgainstAStaleVersionIsAPreconditionFailure() {
        String id = registerPatient();
        var first = admin().with("If-Match", "\"0\"").put("/api/v1/patients/" + id + "/contact-details",
                Map.of("email", "first@example.org"));
        assertThat(first.status()).isEqualTo(204);

        var stale = admin().with("If-Match", "\"0\"").put("/api/v1/patients/" + id + "/contact-details",
                Map.of("email", "second@example.org"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asText()).isEqualTo("VERSION_MISMATCH");
        assertThat(admin().with("If-Match", "W/\"1\"").put("/api/v1/patients/" + id + "/contact-details",
                Map.of()).status()).isEqualTo(400);
    }

    @Test
    void onlyNursesAndCliniciansOfTheOrganizationJoinACareTeam() {
        String id = registerPatient();
        Api auditor = newUser(Role.AUDITOR, null);
        Api nurse = newUser(Role.NURSE, null);
        var auditorRefused = admin().post("/api/v1/patients/" + id + "/care-team", Map.of("memberId", auditor.userId()));
        assertThat(auditorRefused.status()).isEqualTo(422);
        assertThat(auditorRefused.json().get("code").asText()).isEqualTo("NOT_CARE_TEAM_ELIGIBLE");
        var nursePrimary = admin().post("/api/v1/patients/" + id + "/care-team",
                Map.of("memberId", nurse.userId(), "teamRole", "PRIMARY"));
        assertThat(nursePrimary.status()).isEqualTo(422);
        var unknown = admin().post("/api/v1/patients/" + id + "/care-team", Map.of("memberId", UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asText()).isEqualTo("STAFF_MEMBER_UNKNOWN");
        assignToCareTeam(id, nurse, "MEMBER");
        var twice = admin().post("/api/v1/patients/" + id + "/care-team", Map.of("memberId", nurse.userId()));
        assertThat(twice.status()).isEqualTo(409);
        var notMember = admin().delete("/api/v1/patients/" + id + "/care-team/" + auditor.userId());
        assertThat(notMember.status()).isEqualTo(404);
    }

    private long eventCount() {
        try (var connection = TestDatabase.connect();
                ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM domainevententry"
                        // reads are recorded as events too; these tests count what writes stored
                        + " WHERE payloadtype <> 'org.careledger.api.audit.PatientRecordAccessed'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
