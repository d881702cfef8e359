package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.shared.Role;

/**
 * A realistic stretch of clinical work over REST, for the projection rebuild tests: patients registered and changed,
 * care teams formed and changed, vital signs (one crossing an alert rule) and check-ins, alerts raised by hand and by
 * the rules, acknowledged, noted, resolved and cancelled, appointments booked, moved and cancelled, a discharge. Every
 * write is checked.
 */
final class ClinicalScenario {
    private final Api admin;
    private final int port;
    private final String password;

    ClinicalScenario(Api admin, int port, String password) {
        this.admin = admin;
        this.port = port;
        this.password = password;
    }

    /** Runs the scenario for this many patients, with this many extra routine readings each. */
    void run(int patients, int extraReadings) {
        Api nurse = staff(Role.NURSE);
        Api clinician = staff(Role.CLINICIAN);
        for (int i = 0; i < patients; i++) {
            String patient = register();
            ok(admin.post("/api/v1/patients/" + patient + "/care-team",
                    Map.of("memberId", clinician.userId(), "teamRole", "PRIMARY")), 204);
            ok(admin.post("/api/v1/patients/" + patient + "/care-team",
                    Map.of("memberId", nurse.userId(), "teamRole", "MEMBER")), 204);
            ok(admin.put("/api/v1/patients/" + patient + "/demographics", Map.of("givenName", "Ada",
                    "familyName", "Lovelace" + i, "birthDate", "1950-12-10", "sex", "FEMALE")), 204);
            ok(admin.put("/api/v1/patients/" + patient + "/contact-details",
                    Map.of("email", "ada" + i + "@example.org", "phone", "+447700900" + (100 + i))), 204);
            ok(nurse.post("/api/v1/patients/" + patient + "/vital-signs", routine(i)), 204);
            // a heart rate above 130 crosses a rule: the rules raise an alert of their own
            ok(nurse.post("/api/v1/patients/" + patient + "/vital-signs", Map.of("heartRate", 131,
                    "respiratoryRate", 16, "oxygenSaturation", 97, "systolicBloodPressure", 125, "temperature", 37.0,
                    "consciousness", "ALERT", "supplementalOxygen", false)), 204);
            ok(nurse.post("/api/v1/patients/" + patient + "/check-ins", Map.of("chestPain", "NONE",
                    "breathlessness", "MILD", "palpitations", "NONE", "dizziness", "NONE", "swelling", "MILD")), 204);
            for (int r = 0; r < extraReadings; r++) {
                ok(nurse.post("/api/v1/patients/" + patient + "/vital-signs", routine(r)), 204);
            }

            String worked = raise(nurse, patient, "MANUAL", "high");
            ok(nurse.post("/api/v1/alerts/" + worked + "/acknowledgements", null), 204);
            ok(nurse.post("/api/v1/alerts/" + worked + "/notes", Map.of("text", "spoke to the patient")), 204);
            ok(clinician.post("/api/v1/alerts/" + worked + "/resolution", Map.of("outcome", "medication adjusted")), 204);
            String mistaken = raise(nurse, patient, "RED_FLAG_CHECK_IN", "medium");
            ok(admin.post("/api/v1/alerts/" + mistaken + "/cancellation", Map.of("reason", "raised in error")), 204);
            raise(clinician, patient, "MANUAL", "low"); // stays open

            // appointments a month ahead, an hour apart per patient: one kept, one moved, one called off
            Instant day = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            book(nurse, patient, clinician.userId(), day.plus(3L * i, ChronoUnit.HOURS));
            String moved = book(nurse, patient, clinician.userId(), day.plus(3L * i + 1, ChronoUnit.HOURS));
            ok(clinician.post("/api/v1/appointments/" + moved + "/reschedule",
                    Map.of("start", day.plus(3L * i + 2, ChronoUnit.HOURS).toString(), "durationMinutes", 45)), 204);
            String called = book(admin, patient, clinician.userId(), day.plus(-3L * i - 3, ChronoUnit.HOURS));
            ok(nurse.post("/api/v1/appointments/" + called + "/cancellation", Map.of("reason", "patient unwell")), 204);

            if (i % 2 == 1) {
                ok(admin.delete("/api/v1/patients/" + patient + "/care-team/" + nurse.userId()), 204);
                ok(clinician.post("/api/v1/patients/" + patient + "/discharge", null), 204);
            }
        }
    }

    private static Map<String, Object> routine(int i) {
        return Map.of("heartRate", 70 + i % 20, "respiratoryRate", 14, "oxygenSaturation", 97,
                "systolicBloodPressure", 120, "temperature", 36.8, "consciousness", "ALERT",
                "supplementalOxygen", false);
    }

    private String register() {
        var created = admin.post("/api/v1/patients", IntegrationTest.registration(IntegrationTest.uniqueMrn()));
        ok(created, 201);
        return created.json().get("patientId").asText();
    }

    private String raise(Api by, String patient, String type, String severity) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patient);
        body.put("type", type);
        body.put("severity", severity);
        body.put("summary", "raised in the rebuild scenario");
        var raised = by.post("/api/v1/alerts", body);
        ok(raised, 201);
        return raised.json().get("alertId").asText();
    }

    private String book(Api by, String patient, String clinicianId, Instant start) {
        var booked = by.post("/api/v1/appointments", Map.of("patientId", patient, "clinicianId", clinicianId,
                "type", "FOLLOW_UP", "start", start.toString(), "durationMinutes", 30, "reason", "review"));
        ok(booked, 201);
        return booked.json().get("appointmentId").asText();
    }

    private Api staff(Role role) {
        Map<String, Object> body = new LinkedHashMap<>();
        String username = "scenario-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        body.put("username", username);
        body.put("password", password);
        body.put("role", role.name());
        body.put("displayName", "Scenario " + role.name().toLowerCase());
        var created = admin.post("/api/v1/users", body);
        ok(created, 201);
        return Api.as(port, username, password).identified(created.json().get("userId").asText());
    }

    private static void ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

}
