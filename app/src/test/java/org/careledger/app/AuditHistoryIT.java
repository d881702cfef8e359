package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.shared.Role;
import org.careledger.app.security.Organization;
import org.careledger.app.security.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auditor's reads of the event record over REST: history, paging, exports, the record at an instant, boundaries. */
class AuditHistoryIT extends IntegrationTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private Api auditor;
    private Api nurse;
    private String patient;
    private String alert;

    @BeforeEach
    void recordedPatient() {
        auditor = as("demo-auditor");
        nurse = newUser(Role.NURSE, null);
        patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        var renamed = admin().put("/api/v1/patients/" + patient + "/demographics",
                Map.of("givenName", "Grace", "familyName", "Renamed", "birthDate", "1948-07-02", "sex", "FEMALE"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(204);
        var vitals = nurse.with("X-Correlation-Id", "round-7").post("/api/v1/patients/" + patient + "/vital-signs",
                Map.of("heartRate", 88, "respiratoryRate", 16));
        assertThat(vitals.status()).as(vitals.toString()).isEqualTo(204);
        var raised = nurse.post("/api/v1/alerts", Map.of("patientId", patient, "type", "MANUAL", "severity", "low",
                "summary", "looks pale"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        alert = raised.json().get("alertId").asText();
        var acknowledged = nurse.post("/api/v1/alerts/" + alert + "/acknowledgements", null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(204);
    }

    @Test
    void historyMergesThePatientsAndAlertsStreamsWithWhoWhenAndWhere() {
        JsonNode events = awaitHistory();

        assertThat(types(events)).containsExactly("PatientRegistered", "CareTeamMemberAssigned", "DemographicsUpdated",
                "VitalSignsRecorded", "AlertRaised", "AlertAcknowledged");
        JsonNode reading = events.get(3);
        assertThat(reading.get("actorId").asText()).isEqualTo(nurse.userId());
        assertThat(reading.get("actorRole").asText()).isEqualTo("NURSE");
        assertThat(reading.get("clientIp").asText()).isNotBlank();
        assertThat(reading.get("correlationId").asText()).isEqualTo("round-7");
        assertThat(reading.get("causationId").asText()).isNotBlank();
        assertThat(reading.get("payload").get("vitalSigns").get("heartRate").asInt()).isEqualTo(88);
        JsonNode acknowledgement = events.get(5);
        assertThat(acknowledgement.get("aggregateType").asText()).isEqualTo("Alert");
        assertThat(acknowledgement.get("aggregateId").asText()).isEqualTo(alert);
        assertThat(acknowledgement.get("patientId").asText()).isEqualTo(patient);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).get("position").asLong()).isGreaterThan(events.get(i - 1).get("position").asLong());
        }
    }

    @Test
    void theEventRecordIsPagedByPositionAndFiltered() {
        awaitHistory();
        String base = "/api/v1/audit/events?aggregateId=" + patient;
        JsonNode first = auditor.get(base + "&size=2").json();
        assertThat(types(first.get("events"))).containsExactly("PatientRegistered", "CareTeamMemberAssigned");
        long next = first.get("nextAfter").asLong();
        JsonNode second = auditor.get(base + "&size=2&after=" + next).json();
        assertThat(types(second.get("events"))).containsExactly("DemographicsUpdated", "VitalSignsRecorded");
        JsonNode last = auditor.get(base + "&size=2&after=" + second.get("nextAfter").asLong()).json();
        assertThat(last.get("events")).isEmpty();
        assertThat(last.has("nextAfter")).isFalse();

        JsonNode byType = auditor.get("/api/v1/audit/events?type=AlertAcknowledged&aggregateType=Alert&aggregateId="
                + alert).json();
        assertThat(types(byType.get("events"))).containsExactly("AlertAcknowledged");
        JsonNode byUser = auditor.get("/api/v1/audit/events?type=VitalSignsRecorded&userId=" + nurse.userId()).json();
        assertThat(byUser.get("events")).hasSize(1);
        String registeredAt = first.get("events").get(0).get("occurredAt").asText();
        JsonNode before = auditor.get(base + "&to=" + registeredAt).json();
        assertThat(before.get("events")).isEmpty();

        var badPage = auditor.get("/api/v1/audit/events?size=0&after=-1");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("errors")).hasSize(2);
    }

    @Test
    void exportsStreamCsvJsonAndAFhirBundle() {
        awaitHistory();
        String export = "/api/v1/audit/patients/" + patient + "/history/export?format=";

        var csv = auditor.with("Accept", "text/csv").get(export + "csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csvLines(csv.body());
        assertThat(lines.get(0)).isEqualTo("position,eventId,occurredAt,eventType,aggregateType,aggregateId,"
                + "sequenceNumber,patientId,actorId,actorRole,clientIp,correlationId,causationId,payload");
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).contains(",PatientRegistered,Patient," + patient + ",0," + patient + ",");
        assertThat(lines.get(4)).contains(",VitalSignsRecorded,").contains(nurse.userId()).contains(",round-7,")
                .contains("\"{\"\"patientId\"\"");

        var json = auditor.get(export + "json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(types(withoutNotifications(json.json()))).hasSize(6).startsWith("PatientRegistered");
        assertThat(json.json().get(0).get("payload").get("mrn").get("value").asText()).isNotBlank();

        var fhir = auditor.with("Accept", "application/fhir+json").get(export + "fhir");
        assertThat(fhir.status()).as(fhir.toString()).isEqualTo(200);
        assertThat(fhir.header("Content-Type")).startsWith("application/fhir+json");
        JsonNode bundle = fhir.json();
        var entries = JSON.createArrayNode();
        bundle.get("entry").forEach(e -> {
            if (!e.get("resource").get("subtype").get(0).get("code").asText().startsWith("AlertNotification")) {
                entries.add(e);
            }
        });
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("type").asText()).isEqualTo("collection");
        assertThat(entries).hasSize(6);
        JsonNode registered = entries.get(0).get("resource");
        assertThat(registered.get("resourceType").asText()).isEqualTo("AuditEvent");
        assertThat(registered.get("action").asText()).isEqualTo("C");
        assertThat(registered.get("recorded").asText()).isNotBlank();
        assertThat(registered.get("subtype").get(0).get("code").asText()).isEqualTo("PatientRegistered");
        assertThat(registered.get("entity").get(0).get("what").get("reference").asText()).isEqualTo("Patient/" + patient);
        JsonNode reading = entries.get(3).get("resource");
        assertThat(reading.get("action").asText()).isEqualTo("U");
        assertThat(reading.get("agent").get(0).get("who").get("identifier").get("value").asText())
                .isEqualTo(nurse.userId());
        assertThat(reading.get("source").get("observer").get("display").asText()).isEqualTo("CareLedger");

        var all = auditor.with("Accept", "text/csv").get("/api/v1/audit/events/export?format=csv&aggregateId=" + patient);
        assertThat(csvLines(all.body())).hasSize(5);
        var unknown = auditor.get(export + "xml");
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void asOfRebuildsTheRecordAtEachInstant() {
        JsonNode events = awaitHistory();
        Instant registeredAt = Instant.parse(events.get(0).get("occurredAt").asText());
        Instant renamedAt = Instant.parse(events.get(2).get("occurredAt").asText());
        Instant raisedAt = Instant.parse(events.get(4).get("occurredAt").asText());
        String asOf = "/api/v1/audit/patients/" + patient + "/as-of?at=";

        var before = auditor.get(asOf + registeredAt.minusMillis(1));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");

        JsonNode registered = auditor.get(asOf + registeredAt).json();
        assertThat(registered.get("demographics").get("name").get("familyName").asText()).isEqualTo("Testpatient");
        assertThat(registered.get("careTeam")).isEmpty();
        assertThat(registered.get("version").asLong()).isZero();

        JsonNode renamed = auditor.get(asOf + renamedAt).json();
        assertThat(renamed.get("demographics").get("name").get("familyName").asText()).isEqualTo("Renamed");
        assertThat(renamed.get("careTeam").get(0).get("memberId").asText()).isEqualTo(nurse.userId());
        assertThat(renamed.has("latestVitals")).isFalse();
        assertThat(renamed.get("openAlerts")).isEmpty();

        JsonNode alerted = auditor.get(asOf + raisedAt).json();
        assertThat(alerted.get("latestVitals").get("vitalSigns").get("heartRate").asInt()).isEqualTo(88);
        assertThat(alerted.get("openAlerts").get(0).get("status").asText()).isEqualTo("RAISED");

        JsonNode now = auditor.get(asOf + Instant.now()).json();
        assertThat(now.get("openAlerts").get(0).get("alertId").asText()).isEqualTo(alert);
        assertThat(now.get("openAlerts").get(0).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(now.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void anotherOrganizationsAuditorSeesNothingOfOurs() {
        awaitHistory();
        Api stranger = otherOrganizationAuditor();

        for (String path : List.of("/history", "/history/export?format=csv", "/as-of?at=" + Instant.now())) {
            var answer = stranger.get("/api/v1/audit/patients/" + patient + path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
        }
        assertThat(stranger.get("/api/v1/audit/reports/access?patientId=" + patient).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/audit/events?aggregateId=" + patient).json().get("events")).isEmpty();
        assertThat(stranger.get("/api/v1/audit/reports/activity?userId=" + nurse.userId()).json().get("events"))
                .isEmpty();
        JsonNode theirs = stranger.get("/api/v1/audit/events?size=1000").json().get("events");
        assertThat(types(theirs)).allMatch("PatientRecordAccessed"::equals);
        assertThat(auditor.get("/api/v1/audit/patients/" + UUID.randomUUID() + "/history").status()).isEqualTo(404);
    }

    @Test
    void onlyAuditorsReadTheAuditTrail() {
        for (Api other : List.of(admin(), nurse, as("demo-clinician"))) {
            var refused = other.get("/api/v1/audit/events");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(other.get("/api/v1/audit/patients/" + patient + "/history").status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/v1/audit/events").status()).isEqualTo(401);
    }

    /** The history once the index has caught up, without notification outcomes (they arrive whenever delivery ends). */
    private JsonNode awaitHistory() {
        JsonNode events = auditor.await("/api/v1/audit/patients/" + patient + "/history",
                r -> r.status() == 200 && types(r.json().get("events")).contains("AlertAcknowledged")).json().get("events");
        return withoutNotifications(events);
    }

    static JsonNode withoutNotifications(JsonNode events) {
        var kept = JSON.createArrayNode();
        events.forEach(e -> {
            if (!e.get("eventType").asText().startsWith("AlertNotification")) {
                kept.add(e);
            }
        });
        return kept;
    }

    private static List<String> csvLines(String body) {
        return java.util.Arrays.stream(body.split("\r\n")).filter(l -> !l.contains(",AlertNotification")).toList();
    }

    private Api otherOrganizationAuditor() {
        Organization other = organizations.save(new Organization("Other Trust " + UUID.randomUUID(), Instant.now()));
        String username = "other-auditor-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(other.id(), new UserAdministration.NewUser(username, PASSWORD, Role.AUDITOR, "Other auditor", null));
        return as(username);
    }

    static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("eventType").asText()));
        return types;
    }
}
