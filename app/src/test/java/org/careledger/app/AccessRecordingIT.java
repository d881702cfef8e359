package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careledger.api.shared.Role;
import org.careledger.app.audit.PatientAccessCoverage;
import org.careledger.app.audit.PatientAccessCoverage.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Reads of a patient's record leave a PatientRecordAccessed in the event store before they are answered. */
class AccessRecordingIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aReadIsStoredBeforeItIsAnsweredWithWhoWhyAndFromWhere() {
        Api nurse = newUser(Role.NURSE, null);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");

        var read = nurse.with("X-Access-Reason", "ward round, bed 4").get("/api/v1/patients/" + patient);

        assertThat(read.status()).isIn(200, 404); // the summary may trail the registration; the read is recorded alike
        List<JsonNode> stored = accessesBy(nurse.userId());
        assertThat(stored).hasSize(1);
        JsonNode access = stored.get(0);
        assertThat(access.get("patientId").get("value").asText()).isEqualTo(patient);
        assertThat(access.get("subjectType").asText()).isEqualTo("Patient");
        assertThat(access.get("resource").asText()).isEqualTo("GET /api/v1/patients/{patientId}");
        assertThat(access.get("reason").asText()).isEqualTo("ward round, bed 4");
        assertThat(access.get("role").asText()).isEqualTo("NURSE");
        assertThat(access.get("clientIp").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void theAccessReportListsWhoReadThePatientIncludingThroughAnAlert() {
        Api nurse = newUser(Role.NURSE, null);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        var raised = nurse.post("/api/v1/alerts", Map.of("patientId", patient, "type", "MANUAL", "severity", "low",
                "summary", "short of breath"));
        String alert = raised.json().get("alertId").asText();
        Instant from = Instant.now();

        nurse.with("X-Access-Reason", "handover").get("/api/v1/patients/" + patient + "/vital-signs");
        nurse.get("/api/v1/alerts/" + alert);
        nurse.get("/api/v1/alerts?patientId=" + patient);

        Api auditor = as("demo-auditor");
        String report = "/api/v1/audit/reports/access?patientId=" + patient + "&from=" + from;
        JsonNode entries = auditor.await(report, r -> r.status() == 200 && r.json().get("events").size() >= 3)
                .json().get("events");
        assertThat(entries).hasSize(3);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actorId").asText()).isEqualTo(nurse.userId());
            assertThat(e.get("patientId").asText()).isEqualTo(patient);
            assertThat(e.get("eventType").asText()).isEqualTo("PatientRecordAccessed");
            assertThat(e.get("clientIp").asText()).isNotBlank();
        });
        assertThat(entries.get(0).get("payload").get("resource").asText())
                .isEqualTo("GET /api/v1/patients/{patientId}/vital-signs");
        assertThat(entries.get(0).get("payload").get("reason").asText()).isEqualTo("handover");
        assertThat(entries.get(1).get("payload").get("subjectType").asText()).isEqualTo("Alert");
        assertThat(entries.get(1).get("payload").get("subjectId").asText()).isEqualTo(alert);
        assertThat(entries.get(2).get("payload").get("query").asText()).isEqualTo("patientId=" + patient);

        // the auditor's own look at the history is recorded too, and shows in the next report
        auditor.get("/api/v1/audit/patients/" + patient + "/history");
        JsonNode later = auditor.await(report, r -> r.status() == 200 && r.json().get("events").size() >= 4).json().get("events");
        assertThat(later.get(3).get("actorRole").asText()).isEqualTo("AUDITOR");
        assertThat(later.get(3).get("payload").get("resource").asText())
                .isEqualTo("GET /api/v1/audit/patients/{patientId}/history");
    }

    @Test
    void theActivityReportShowsWhatAUserDidAndRead() {
        Api nurse = newUser(Role.NURSE, null);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        var vitals = nurse.post("/api/v1/patients/" + patient + "/vital-signs", Map.of("heartRate", 72));
        assertThat(vitals.status()).isEqualTo(204);
        nurse.get("/api/v1/patients/" + patient + "/vital-signs");

        JsonNode events = as("demo-auditor").await("/api/v1/audit/reports/activity?userId=" + nurse.userId(),
                r -> r.status() == 200 && r.json().get("events").size() >= 2).json().get("events");

        assertThat(AuditHistoryIT.types(events)).containsExactly("VitalSignsRecorded", "PatientRecordAccessed");
        assertThat(events.get(0).has("payload")).isFalse(); // what changed is read in the patient's history
        assertThat(events.get(0).get("patientId").asText()).isEqualTo(patient);
    }

    @Test
    void aReasonLongerThanAllowedIsRefusedAndNothingIsRead() {
        Api nurse = newUser(Role.NURSE, null);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");

        var refused = nurse.with("X-Access-Reason", "x".repeat(501)).get("/api/v1/patients/" + patient);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("X-Access-Reason");
        assertThat(accessesBy(nurse.userId())).isEmpty();
    }

    /** Every GET endpoint is decided, and each one that names a patient really records its reads. */
    @Test
    void everyGetEndpointThatShowsAPatientsRecordIsRecorded() {
        List<String> patterns = getPatterns();
        assertThat(patterns).contains("/api/v1/patients/{patientId}", "/api/v1/patients/{patientId}/vital-signs",
                "/api/v1/alerts/{alertId}", "/api/v1/audit/patients/{patientId}/as-of");
        assertThat(patterns).allSatisfy(p ->
                assertThat(PatientAccessCoverage.decide(p)).as(p + " must be recorded or exempted with a reason")
                        .isNotEqualTo(Decision.UNDECIDED));

        Api nurse = newUser(Role.NURSE, null);
        Api auditor = newUser(Role.AUDITOR, null);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        for (String pattern : patterns) {
            if (!pattern.contains("{patientId}") || pattern.replace("{patientId}", "").contains("{")) {
                continue;
            }
            assertThat(PatientAccessCoverage.decide(pattern)).isEqualTo(Decision.RECORDED);
            Api reader = pattern.startsWith("/api/v1/audit/") ? auditor : nurse;
            int before = accessesBy(reader.userId()).size();
            reader.get(pattern.replace("{patientId}", patient) + "?at=" + Instant.now() + "&format=json");
            List<JsonNode> after = accessesBy(reader.userId());
            assertThat(after).as(pattern).hasSize(before + 1);
            assertThat(after.get(after.size() - 1).get("resource").asText()).isEqualTo("GET " + pattern);
        }
    }

    private List<String> getPatterns() {
        List<String> patterns = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                patterns.addAll(info.getPatternValues());
            }
        });
        return patterns;
    }

    /** The PatientRecordAccessed payloads of one reader, read straight from the event store, in order. */
    private static List<JsonNode> accessesBy(String userId) {
        List<JsonNode> found = new ArrayList<>();
        try (var connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement("SELECT payload FROM domainevententry"
                        + " WHERE payloadtype = 'org.careledger.api.audit.PatientRecordAccessed' ORDER BY globalindex")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = JSON.readTree(rows.getBytes(1));
                    if (userId.equals(payload.get("accessedBy").get("value").asText())) {
                        found.add(payload);
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new AssertionError(e);
        }
        return found;
    }
}
