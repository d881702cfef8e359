package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/** Who sees and changes which record: organizations, care teams, patients, roles. */
class PatientAccessIT extends IntegrationTest {

    @Test
    void anotherOrganizationCannotSeeOrChangeThePatient() {
        String id = registerPatient();
        awaitVersion(admin(), id, 0);
        Api stranger = otherOrganizationAdmin();

        var read = stranger.get("/api/v1/patients/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
        var write = stranger.put("/api/v1/patients/" + id + "/contact-details", Map.of("email", "x@example.org"));
        assertThat(write.status()).isEqualTo(404);
        assertThat(write.json().get("code").asText()).isEqualTo("PATIENT_NOT_FOUND");
        assertThat(stranger.get("/api/v1/patients?q=Testpatient").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void aNurseSeesOnlyPatientsWhoseCareTeamSheIsOn() {
        String mine = registerPatient();
        String notMine = registerPatient();
        Api nurse = newUser(Role.NURSE, null);
        assignToCareTeam(mine, nurse, "MEMBER");

        awaitVersion(nurse, mine, 1);
        assertThat(nurse.get("/api/v1/patients/" + notMine).status()).isEqualTo(404);
        var vitals = nurse.post("/api/v1/patients/" + notMine + "/vital-signs", Map.of("heartRate", 80));
        assertThat(vitals.status()).isEqualTo(404);

        var removed = admin().delete("/api/v1/patients/" + mine + "/care-team/" + nurse.userId());
        assertThat(removed.status()).isEqualTo(204);
        nurse.await("/api/v1/patients/" + mine, r -> r.status() == 404);
    }

    @Test
    void aPatientSeesOnlyTheirOwnRecord() {
        String own = registerPatient();
        String someoneElse = registerPatient();
        Api patient = newUser(Role.PATIENT, own);

        awaitVersion(patient, own, 0);
        assertThat(patient.get("/api/v1/patients/" + someoneElse).status()).isEqualTo(404);
        var checkIn = patient.post("/api/v1/patients/" + own + "/check-ins", Map.of("chestPain", "NONE",
                "breathlessness", "NONE", "palpitations", "NONE", "dizziness", "NONE", "swelling", "NONE"));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(204);
        var demographics = patient.put("/api/v1/patients/" + own + "/demographics",
                Map.of("givenName", "A", "familyName", "B", "birthDate", "1950-01-01", "sex", "MALE"));
        assertThat(demographics.status()).isEqualTo(403);
        var list = patient.get("/api/v1/patients").json();
        assertThat(list.get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void rolesAreCheckedBeforeAnythingHappens() {
        String id = registerPatient();
        Api auditor = newUser(Role.AUDITOR, null);
        var refused = auditor.post("/api/v1/patients", registration(uniqueMrn()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(auditor.post("/api/v1/patients/" + id + "/discharge", null).status()).isEqualTo(403);
        awaitVersion(auditor, id, 0);
    }

    @Test
    void everyEndpointNeedsASignedInUser() {
        var anonymous = anonymous().get("/api/v1/patients");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(Api.as(port, "demo-admin", "wrong-password").get("/api/v1/patients").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/v1/patients", registration(uniqueMrn())).status()).isEqualTo(401);
    }
}
