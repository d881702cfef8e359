package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * The analytics endpoints over REST on PostgreSQL: a new organization's day of patients, readings, check-ins and alerts
 * raised and acknowledged, as its auditor and its nurse read the daily figures; roles, hidden patients and bad ranges.
 */
class AnalyticsIT extends IntegrationTest {

    @Test
    void aDayOfMonitoringShowsInThePatientsAndTheOrganizationsDailyFigures() {
        waitIfMidnightIsNear();
        Api admin = newOrganizationAdmin();
        Api nurse = staffOf(admin, Role.NURSE);
        Api auditor = staffOf(admin, Role.AUDITOR);
        String ada = register(admin);
        String ben = register(admin);
        assign(admin, ada, nurse);
        assign(admin, ben, nurse);

        assertThat(nurse.post(vitals(ada), Map.of("heartRate", 70)).status()).isEqualTo(204); // NEWS2 0
        assertThat(nurse.post(vitals(ada), Map.of("heartRate", 95, "respiratoryRate", 22)).status())
                .isEqualTo(204); // NEWS2 1 + 2
        assertThat(nurse.post("/api/v1/patients/" + ada + "/check-ins", Map.of("chestPain", "none",
                "breathlessness", "none", "palpitations", "none", "dizziness", "none", "swelling", "none")).status())
                .isEqualTo(204);
        String high = raise(nurse, ada, "HIGH");
        String medium = raise(nurse, ben, "MEDIUM");
        assertThat(nurse.post("/api/v1/alerts/" + high + "/acknowledgements", null).status()).isEqualTo(204);
        assertThat(nurse.post("/api/v1/alerts/" + medium + "/acknowledgements", null).status()).isEqualTo(204);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode adaToday = nurse.await("/api/v1/analytics/patients/" + ada + "/daily?from=" + today + "&to=" + today,
                r -> r.status() == 200 && r.json().get("days").get(0).get("checkIns").asInt() == 1
                        && r.json().get("days").get(0).get("alertsRaised").get("total").asInt() == 1)
                .json();
        JsonNode day = adaToday.get("days").get(0);
        assertThat(adaToday.get("zone").asText()).isEqualTo("UTC");
        assertThat(day.get("readings").asInt()).isEqualTo(2);
        assertThat(day.get("maxNews2").asInt()).isEqualTo(3);
        assertThat(day.get("alertsRaised").get("high").asInt()).isEqualTo(1);
        // registered today: the first check-in is expected tomorrow
        assertThat(day.get("checkInExpected").asBoolean()).isFalse();
        assertThat(adaToday.get("checkInAdherence").get("expectedDays").asInt()).isZero();

        JsonNode organization = auditor.await("/api/v1/analytics/organization/daily?from=" + today + "&to=" + today,
                r -> r.status() == 200 && r.json().get("days").get(0).get("alertsAcknowledged").asInt() == 2).json();
        JsonNode figures = organization.get("days").get(0);
        assertThat(figures.get("patientsMonitored").asInt()).isEqualTo(2);
        assertThat(figures.get("alertsRaised").get("high").asInt()).isEqualTo(1);
        assertThat(figures.get("alertsRaised").get("medium").asInt()).isEqualTo(1);
        assertThat(figures.get("medianSecondsToAcknowledge").asDouble())
                .isEqualTo((secondsToAcknowledge(nurse, high) + secondsToAcknowledge(nurse, medium)) / 2, within());
        assertThat(figures.get("appointmentsBooked").asInt()).isZero();
        assertThat(figures.has("noShowRate")).as("no appointment was due").isFalse();
    }

    @Test
    void theOrganizationsFiguresAreForItsAdministratorsAndAuditorsOnly() {
        Api admin = newOrganizationAdmin();

        assertThat(admin.get("/api/v1/analytics/organization/daily").status()).isEqualTo(200);
        assertThat(staffOf(admin, Role.AUDITOR).get("/api/v1/analytics/organization/daily").status()).isEqualTo(200);
        assertThat(staffOf(admin, Role.NURSE).get("/api/v1/analytics/organization/daily").status()).isEqualTo(403);
        assertThat(staffOf(admin, Role.CLINICIAN).get("/api/v1/analytics/organization/daily").status()).isEqualTo(403);
        var defaults = admin.get("/api/v1/analytics/organization/daily").json();
        assertThat(defaults.get("days")).hasSize(30);
        assertThat(defaults.get("to").asText()).isEqualTo(defaults.get("days").get(29).get("day").asText());
    }

    @Test
    void aPatientOutsideTheCallersReachIsNotFound() {
        Api admin = newOrganizationAdmin();
        String patient = register(admin);
        Api nurse = staffOf(admin, Role.NURSE);
        String url = "/api/v1/analytics/patients/" + patient + "/daily";
        admin.await(url, r -> r.status() == 200);

        for (Api outsider : List.of(nurse, admin(), otherOrganizationAdmin())) {
            var hidden = outsider.get(url);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
        }
        assertThat(admin.get("/api/v1/analytics/patients/" + UUID.randomUUID() + "/daily").status()).isEqualTo(404);
        assign(admin, patient, nurse);
        nurse.await(url, r -> r.status() == 200);
    }

    @Test
    void aBadRangeIsRefusedNamingEveryBadBound() {
        Api admin = admin();
        String base = "/api/v1/analytics/organization/daily";

        var reversed = admin.get(base + "?from=2025-03-10&to=2025-03-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        assertThat(reversed.json().get("errors").get(0).get("field").asText()).isEqualTo("to");
        assertThat(admin.get(base + "?from=2024-01-01&to=2025-01-01").status()).as("367 days").isEqualTo(400);
        assertThat(admin.get(base + "?from=2024-01-01&to=2024-12-31").status()).as("366 days").isEqualTo(200);
        assertThat(admin.get(base + "?from=yesterday").status()).isEqualTo(400);
        String patient = registerPatient();
        assertThat(admin.get("/api/v1/analytics/patients/" + patient + "/daily?from=2025-03-10&to=2025-03-01")
                .status()).isEqualTo(400);
    }

    private Api newOrganizationAdmin() {
        Api admin = otherOrganizationAdmin();
        assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
        return admin;
    }

    private Api staffOf(Api admin, Role role) {
        Map<String, Object> body = userBody(role, null, null, List.of());
        var created = admin.post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return as((String) body.get("username")).identified(created.json().get("userId").asText());
    }

    private static String register(Api admin) {
        var created = admin.post("/api/v1/patients", registration(uniqueMrn()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("patientId").asText();
    }

    private static void assign(Api admin, String patient, Api member) {
        var assigned = admin.post("/api/v1/patients/" + patient + "/care-team",
                Map.of("memberId", member.userId(), "teamRole", "MEMBER"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
    }

    private static String vitals(String patient) {
        return "/api/v1/patients/" + patient + "/vital-signs";
    }

    private static String raise(Api nurse, String patient, String severity) {
        var raised = nurse.post("/api/v1/alerts",
                Map.of("patientId", patient, "severity", severity, "summary", "looked unwell on the call"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().get("alertId").asText();
    }

    private static double secondsToAcknowledge(Api nurse, String alert) {
        JsonNode view = nurse.await("/api/v1/alerts/" + alert, r -> r.status() == 200
                && r.json().hasNonNull("acknowledgedAt")).json();
        var raisedAt = Instant.parse(view.get("raisedAt").asText());
        var acknowledgedAt = Instant.parse(view.get("acknowledgedAt").asText());
        return Duration.between(raisedAt, acknowledgedAt).toNanos() / 1e9;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.000_001);
    }

    // The figures of one UTC day are read; a run that started a moment before midnight would split them over two.
    private static void waitIfMidnightIsNear() {
        var untilMidnight = Duration.between(LocalTime.now(ZoneOffset.UTC), LocalTime.MAX);
        if (untilMidnight.compareTo(Duration.ofMinutes(1)) < 0) {
            try {
                Thread.sleep(untilMidnight.plusSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
