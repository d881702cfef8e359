package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.careledger.api.shared.Role;
import org.careledger.app.security.Organization;
import org.careledger.app.security.UserAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Raising and handling alerts through the REST API, as nurses and clinicians of a ward would. */
class AlertCommandIT extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    EventProcessingConfiguration processing;

    // Tracking or pooled, the lookups would lag their events and two raises could both find no open alert.
    @Test
    void theAlertLookupsAreWrittenInTheTransactionOfTheCommand() {
        assertThat(processing.eventProcessor("alert-lookups", SubscribingEventProcessor.class)).isPresent();
    }

    @Test
    void aNurseOnTheCareTeamRaisesAnAlertByHand() throws Exception {
        var ward = newWard();

        var raised = ward.nurse.post("/api/v1/alerts", raise(ward.patient, null, "high"));

        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String alertId = raised.json().get("alertId").asText();
        assertThat(raised.json().get("recurrence").asBoolean()).isFalse();
        assertThat(raised.header("Location")).endsWith("/api/v1/alerts/" + alertId);
        assertThat(raised.header("ETag")).isEqualTo("\"0\"");
        assertThat(eventTypesOf(alertId)).containsExactly("AlertRaised");
    }

    @Test
    void aRepeatOfTheSameTypeRecursOnTheOpenAlertAndAnotherTypeOpensANewOne() {
        var ward = newWard();
        String first = ward.nurse.post("/api/v1/alerts", raise(ward.patient, "MANUAL", "medium")).json().get("alertId").asText();

        var repeat = ward.clinician.post("/api/v1/alerts", raise(ward.patient, "manual", "critical"));
        var other = ward.nurse.post("/api/v1/alerts", raise(ward.patient, "RED_FLAG_CHECK_IN", "high"));

        assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
        assertThat(repeat.json().get("alertId").asText()).isEqualTo(first);
        assertThat(repeat.json().get("recurrence").asBoolean()).isTrue();
        assertThat(repeat.header("Location")).endsWith("/api/v1/alerts/" + first);
        assertThat(versionOf(repeat)).as("notification outcomes may have been recorded meanwhile").isGreaterThanOrEqualTo(1L);
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.json().get("alertId").asText()).isNotEqualTo(first);
    }

    @Test
    void aDischargedPatientGetsNoAlert() {
        var ward = newWard();
        assertThat(ward.clinician.post("/api/v1/patients/" + ward.patient + "/discharge", null).status()).isEqualTo(204);

        var raised = ward.nurse.post("/api/v1/alerts", raise(ward.patient, null, "high"));

        assertThat(raised.status()).isEqualTo(409);
        assertThat(raised.json().get("code").asText()).isEqualTo("PATIENT_DISCHARGED");
    }

    @Test
    void aNurseOffTheCareTeamDoesNotAcknowledge() {
        var ward = newWard();
        String alert = raiseAlert(ward);
        Api stranger = newUser(Role.NURSE, null);

        var acknowledged = stranger.post("/api/v1/alerts/" + alert + "/acknowledgements", null);

        assertThat(acknowledged.status()).isEqualTo(403);
        assertThat(acknowledged.json().get("code").asText()).isEqualTo("NOT_ON_CARE_TEAM");
    }

    @Test
    void staffOffTheCareTeamCannotWorkOnTheAlert() {
        var ward = newWard();
        String alert = raiseAlert(ward);
        Api strangerNurse = newUser(Role.NURSE, null);
        Api strangerClinician = newUser(Role.CLINICIAN, null);

        var note = strangerNurse.post("/api/v1/alerts/" + alert + "/notes", Map.of("text", "looked in"));
        var escalation = strangerNurse.post("/api/v1/alerts/" + alert + "/escalations", null);
        var cancellation = strangerNurse.post("/api/v1/alerts/" + alert + "/cancellation", Map.of("reason", "x"));
        var resolution = strangerClinician.post("/api/v1/alerts/" + alert + "/resolution", Map.of("outcome", "x"));

        for (var refused : List.of(note, escalation, cancellation, resolution)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.json().get("code").asText()).isEqualTo("ALERT_NOT_FOUND");
        }
        var byTheTeam = ward.clinician.post("/api/v1/alerts/" + alert + "/resolution", Map.of("outcome", "seen"));
        assertThat(byTheTeam.status()).as(byTheTeam.toString()).isEqualTo(204);
        var lateNote = ward.nurse.post("/api/v1/alerts/" + alert + "/notes", Map.of("text", "family informed"));
        assertThat(lateNote.status()).as("a closed alert still takes the team's notes").isEqualTo(204);
    }

    @Test
    void anAlertIsAcknowledgedOnce() {
        var ward = newWard();
        String alert = raiseAlert(ward);

        var first = ward.nurse.post("/api/v1/alerts/" + alert + "/acknowledgements", null);
        var second = ward.clinician.post("/api/v1/alerts/" + alert + "/acknowledgements", null);

        assertThat(first.status()).as(first.toString()).isEqualTo(204);
        assertThat(versionOf(first)).as("notification outcomes may have been recorded meanwhile").isGreaterThanOrEqualTo(1L);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asText()).isEqualTo("ALERT_NOT_OPEN");
    }

    @Test
    void onlyAClinicianResolvesAndAResolvedAlertIsNotCancelled() {
        var ward = newWard();
        String alert = raiseAlert(ward);

        var byNurse = ward.nurse.post("/api/v1/alerts/" + alert + "/resolution", Map.of("outcome", "reviewed"));
        var byClinician = ward.clinician.post("/api/v1/alerts/" + alert + "/resolution", Map.of("outcome", "reviewed"));
        var cancelled = ward.nurse.post("/api/v1/alerts/" + alert + "/cancellation", Map.of("reason", "raised in error"));

        assertThat(byNurse.status()).isEqualTo(403);
        assertThat(byClinician.status()).as(byClinician.toString()).isEqualTo(204);
        assertThat(versionOf(byClinician)).as("notification outcomes may have been recorded meanwhile").isGreaterThanOrEqualTo(1L);
        assertThat(cancelled.status()).isEqualTo(409);
        assertThat(cancelled.json().get("code").asText()).isEqualTo("ALERT_CLOSED");
    }

    @Test
    void notesAndEscalationsByHandAreRecordedUntilTheAlertIsCancelled() throws Exception {
        var ward = newWard();
        String alert = raiseAlert(ward);

        var note = ward.nurse.post("/api/v1/alerts/" + alert + "/notes", Map.of("text", "patient not answering"));
        var escalated = ward.clinician.post("/api/v1/alerts/" + alert + "/escalations", null);
        var cancelled = admin().post("/api/v1/alerts/" + alert + "/cancellation", Map.of("reason", "raised in error"));
        var lateNote = ward.clinician.post("/api/v1/alerts/" + alert + "/notes", Map.of("text", "patient called back"));

        assertThat(note.status()).as(note.toString()).isEqualTo(204);
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(204);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(204);
        assertThat(versionOf(lateNote)).as("notification outcomes may have been recorded meanwhile").isGreaterThanOrEqualTo(4L);
        // Notification outcomes land on the alert's stream too, whenever the channels answer.
        assertThat(eventTypesOf(alert)).filteredOn(type -> !type.startsWith("AlertNotification")).containsExactly(
                "AlertRaised", "AlertNoteAdded", "AlertEscalated", "AlertCancelled", "AlertNoteAdded");
    }

    @Test
    void anotherOrganizationDoesNotFindTheAlertOrThePatient() {
        var ward = newWard();
        String alert = raiseAlert(ward);
        Api foreignNurse = otherOrganizationUser(Role.NURSE);

        var acknowledged = foreignNurse.post("/api/v1/alerts/" + alert + "/acknowledgements", null);
        var raised = foreignNurse.post("/api/v1/alerts", raise(ward.patient, null, "high"));

        assertThat(acknowledged.status()).isEqualTo(404);
        assertThat(acknowledged.json().get("code").asText()).isEqualTo("ALERT_NOT_FOUND");
        assertThat(raised.status()).isEqualTo(404);
        assertThat(raised.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
        var missing = ward.nurse.post("/api/v1/alerts/" + UUID.randomUUID() + "/acknowledgements", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("ALERT_NOT_FOUND");
    }

    @Test
    void aBadRaiseListsEveryInvalidField() {
        var ward = newWard();
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", "not-a-uuid");
        body.put("type", "HUNCH");
        body.put("summary", " ");

        var raised = ward.nurse.post("/api/v1/alerts", body);

        assertThat(raised.status()).isEqualTo(400);
        assertThat(raised.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        List<String> fields = new ArrayList<>();
        raised.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("patientId", "type", "severity", "summary");
    }

    @Test
    void aResolutionWithoutOutcomeIsABadRequest() {
        var ward = newWard();
        String alert = raiseAlert(ward);

        var resolved = ward.clinician.post("/api/v1/alerts/" + alert + "/resolution", Map.of("outcome", ""));

        assertThat(resolved.status()).isEqualTo(400);
        assertThat(resolved.json().get("errors").get(0).get("field").asText()).isEqualTo("outcome");
    }

    @Test
    void tenConcurrentRaisesOfOneFindingMakeOneAlertAndNineRecurrences() throws Exception {
        var ward = newWard();
        int raisers = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(raisers);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < raisers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ward.nurse.post("/api/v1/alerts", raise(ward.patient, "NEWS2", "critical"));
                }));
            }
            start.countDown();
            List<Api.Response> raised = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                raised.add(answer.get());
            }

            assertThat(raised).extracting(Api.Response::status).containsOnly(200, 201);
            assertThat(raised).filteredOn(r -> r.status() == 201).hasSize(1);
            List<String> ids = raised.stream().map(r -> r.json().get("alertId").asText()).distinct().toList();
            assertThat(ids).hasSize(1);
            assertThat(alertsRaisedFor(ward.patient, "NEWS2")).containsExactly(ids.get(0));
            List<String> expected = new ArrayList<>(List.of("AlertRaised"));
            expected.addAll(java.util.Collections.nCopies(raisers - 1, "AlertRecurred"));
            assertThat(eventTypesOf(ids.get(0))).filteredOn(type -> !type.startsWith("AlertNotification"))
                    .containsExactlyElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A patient with a nurse and a clinician on the care team. */
    private record Ward(String patient, Api nurse, Api clinician) {}

    private Ward newWard() {
        String patient = registerPatient();
        Api nurse = newUser(Role.NURSE, null);
        Api clinician = newUser(Role.CLINICIAN, null);
        assignToCareTeam(patient, clinician, "PRIMARY");
        assignToCareTeam(patient, nurse, "MEMBER");
        return new Ward(patient, nurse, clinician);
    }

    private String raiseAlert(Ward ward) {
        var raised = ward.nurse.post("/api/v1/alerts", raise(ward.patient, null, "high"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().get("alertId").asText();
    }

    private static Map<String, Object> raise(String patientId, String type, String severity) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patientId);
        body.put("type", type);
        body.put("severity", severity);
        body.put("summary", "looks unwell on video call");
        return body;
    }

    /** A user of a second, unrelated organization. */
    private Api otherOrganizationUser(Role role) {
        Organization other = organizations.save(new Organization("Other Trust " + UUID.randomUUID(), Instant.now()));
        String username = "other-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(other.id(), new UserAdministration.NewUser(username, PASSWORD, role, "Other " + role, null));
        return as(username);
    }

    private static List<String> eventTypesOf(String aggregateId) throws Exception {
        List<String> types = new ArrayList<>();
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement(
                        "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            query.setString(1, aggregateId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(1);
                    types.add(type.substring(type.lastIndexOf('.') + 1));
                }
            }
        }
        return types;
    }

    /** The ids of every alert ever raised for the patient with that type, read from the event store. */
    private static List<String> alertsRaisedFor(String patientId, String type) throws Exception {
        List<String> alerts = new ArrayList<>();
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement(
                        "SELECT aggregateidentifier, payload FROM domainevententry WHERE payloadtype = ?")) {
            query.setString(1, "org.careledger.api.alert.AlertRaised");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = JSON.readTree(rows.getBytes(2));
                    if (idOf(payload.get("patientId")).equals(patientId) && payload.get("type").asText().equals(type)) {
                        alerts.add(rows.getString(1));
                    }
                }
            }
        }
        return alerts;
    }

    private static String idOf(JsonNode id) {
        return id.isTextual() ? id.asText() : id.get("value").asText();
    }
}
