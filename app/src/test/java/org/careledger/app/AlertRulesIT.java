package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.RaiseAlert;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert rules in the running application: readings and check-ins sent over REST raise alerts for
 * the patient's organization, with a summary that names no patient.
 */
class AlertRulesIT {
    private static StandaloneApp app;
    private static Api admin;
    private static Api nurse;
    private static UUID organization;

    @BeforeAll
    static void start() {
        app = StandaloneApp.start(StandaloneApp.newDatabase(), Map.of());
        app.awaitProcessorRunning("alert-rules");
        admin = app.newOrganizationAdmin("rules-admin");
        organization = app.bean(org.careledger.app.security.UserAccounts.class).findByUsername("rules-admin")
                .orElseThrow().organizationId();
        var account = app.newUser(organization, "rules-nurse", Role.NURSE);
        nurse = Api.as(app.port(), "rules-nurse", StandaloneApp.PASSWORD).identified(account.id().toString());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aCriticalNews2WithATachycardiaRaisesACriticalAndAHighAlert() {
        String patient = patientCaredForByTheNurse();
        var reading = nurse.post("/api/v1/patients/" + patient + "/vital-signs", Map.of("heartRate", 135,
                "respiratoryRate", 25, "oxygenSaturation", 91, "systolicBloodPressure", 90, "temperature", 39.1,
                "consciousness", "VOICE", "supplementalOxygen", true));
        assertThat(reading.status()).as(reading.toString()).isEqualTo(204);

        StandaloneApp.await("two alerts", Duration.ofSeconds(20), () -> alertsFor(patient) == 2);
        assertThat(app.raisedAlerts()).map(StandaloneApp.Recorded::raise)
                .filteredOn(raise -> raise.patientId().equals(PatientId.of(patient)))
                .extracting(RaiseAlert::type, RaiseAlert::severity, RaiseAlert::organizationId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AlertType.NEWS2, Severity.CRITICAL, new OrganizationId(organization)),
                        org.assertj.core.groups.Tuple.tuple(AlertType.VITAL_SIGN_THRESHOLD, Severity.HIGH,
                                new OrganizationId(organization)));
        assertThat(app.raisedAlerts()).map(r -> r.raise().summary())
                .noneMatch(summary -> summary.contains("Grace") || summary.contains("Testpatient") || summary.contains(patient));
    }

    @Test
    void aRedFlagCheckInRaisesAHighAlertAndAnUnremarkableOneNothing() {
        String patient = patientCaredForByTheNurse();
        var quiet = nurse.post("/api/v1/patients/" + patient + "/check-ins", Map.of("chestPain", "MILD",
                "breathlessness", "MODERATE", "palpitations", "NONE", "dizziness", "NONE", "swelling", "NONE"));
        assertThat(quiet.status()).as(quiet.toString()).isEqualTo(204);
        var redFlag = nurse.post("/api/v1/patients/" + patient + "/check-ins", Map.of("chestPain", "NONE",
                "breathlessness", "SEVERE", "palpitations", "NONE", "dizziness", "NONE", "swelling", "NONE",
                "notes", "Could not finish my sentence"));
        assertThat(redFlag.status()).as(redFlag.toString()).isEqualTo(204);

        StandaloneApp.await("the red-flag alert", Duration.ofSeconds(20), () -> alertsFor(patient) == 1);
        StandaloneApp.sleep(Duration.ofSeconds(1));
        assertThat(app.raisedAlerts()).map(StandaloneApp.Recorded::raise)
                .filteredOn(raise -> raise.patientId().equals(PatientId.of(patient)))
                .singleElement().satisfies(raise -> {
                    assertThat(raise.type()).isEqualTo(AlertType.RED_FLAG_CHECK_IN);
                    assertThat(raise.severity()).isEqualTo(Severity.HIGH);
                    assertThat(raise.summary()).isEqualTo("Red-flag check-in: breathlessness (severe)");
                });
    }

    private static long alertsFor(String patient) {
        return app.raisedAlerts().stream().filter(r -> r.raise().patientId().equals(PatientId.of(patient))).count();
    }

    private static String patientCaredForByTheNurse() {
        var created = admin.post("/api/v1/patients", IntegrationTest.registration(IntegrationTest.uniqueMrn()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String patient = created.json().get("patientId").asText();
        var assigned = admin.post("/api/v1/patients/" + patient + "/care-team",
                Map.of("memberId", nurse.userId(), "teamRole", "MEMBER"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
        return patient;
    }
}
