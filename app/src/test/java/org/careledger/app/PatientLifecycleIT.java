package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/** A patient's whole life in the record, through the REST API only. */
class PatientLifecycleIT extends IntegrationTest {

    @Test
    void aPatientIsRegisteredCaredForMonitoredAndDischarged() {
        var registered = admin().post("/api/v1/patients", registration(uniqueMrn()));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        String id = registered.json().get("patientId").asText();
        assertThat(registered.header("Location")).endsWith("/api/v1/patients/" + id);

        var summary = awaitVersion(admin(), id, 0);
        assertThat(summary.json().get("familyName").asText()).isEqualTo("Testpatient");
        assertThat(summary.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(summary.header("ETag")).isEqualTo("\"0\"");

        var demographics = admin().with("If-Match", "\"0\"").put("/api/v1/patients/" + id + "/demographics",
                Map.of("givenName", "Grace", "familyName", "Hopper", "birthDate", "1948-07-02", "sex", "FEMALE"));
        assertThat(demographics.status()).as(demographics.toString()).isEqualTo(204);
        assertThat(demographics.header("ETag")).isEqualTo("\"1\"");

        var contact = admin().put("/api/v1/patients/" + id + "/contact-details",
                Map.of("email", "grace.hopper@example.org", "phone", "+447700900999"));
        assertThat(contact.status()).isEqualTo(204);

        Api clinician = newUser(Role.CLINICIAN, null);
        Api nurse = newUser(Role.NURSE, null);
        assignToCareTeam(id, clinician, "PRIMARY");
        assignToCareTeam(id, nurse, "MEMBER");

        var vitals = nurse.post("/api/v1/patients/" + id + "/vital-signs", Map.of("heartRate", 131,
                "respiratoryRate", 25, "oxygenSaturation", 91, "systolicBloodPressure", 90, "temperature", 39.1,
                "consciousness", "VOICE", "supplementalOxygen", true));
        assertThat(vitals.status()).as(vitals.toString()).isEqualTo(204);

        var checkIn = nurse.post("/api/v1/patients/" + id + "/check-ins", Map.of("chestPain", "NONE",
                "breathlessness", "SEVERE", "palpitations", "MILD", "dizziness", "NONE", "swelling", "MODERATE"));
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(204);
        assertThat(checkIn.header("ETag")).isEqualTo("\"6\"");

        var current = awaitVersion(nurse, id, 6).json();
        assertThat(current.get("familyName").asText()).isEqualTo("Hopper");
        assertThat(current.get("email").asText()).isEqualTo("grace.hopper@example.org");
        assertThat(current.get("careTeam")).hasSize(2);
        assertThat(current.get("latestNews2").get("total").asInt()).isEqualTo(19);
        assertThat(current.get("latestNews2").get("risk").asText()).isEqualTo("HIGH");

        // the readings are their own projection: it may be a moment behind the summary
        var readings = nurse.await("/api/v1/patients/" + id + "/vital-signs",
                answer -> answer.status() == 200 && answer.json().get("items").size() == 1).json();
        assertThat(readings.get("items")).hasSize(1);
        assertThat(readings.get("items").get(0).get("news2Total").asInt()).isEqualTo(19);
        assertThat(readings.get("items").get(0).get("source").asText()).isEqualTo("CLINICIAN");

        var discharged = clinician.post("/api/v1/patients/" + id + "/discharge", null);
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(204);
        var afterDischarge = nurse.post("/api/v1/patients/" + id + "/vital-signs", Map.of("heartRate", 80));
        assertThat(afterDischarge.status()).isEqualTo(409);
        assertThat(afterDischarge.json().get("code").asText()).isEqualTo("PATIENT_DISCHARGED");
        assertThat(awaitVersion(nurse, id, 7).json().get("status").asText()).isEqualTo("DISCHARGED");
    }

    @Test
    void patientsAreFoundByNameAndMrnAndFilteredByStatus() {
        String mrn = uniqueMrn();
        var created = admin().post("/api/v1/patients", registration(mrn));
        String id = created.json().get("patientId").asText();
        awaitVersion(admin(), id, 0);

        var byMrn = admin().get("/api/v1/patients?q=" + mrn).json();
        assertThat(byMrn.get("items")).hasSize(1);
        assertThat(byMrn.get("items").get(0).get("patientId").asText()).isEqualTo(id);

        var byName = admin().get("/api/v1/patients?q=testpat&status=ACTIVE&size=100").json();
        assertThat(byName.get("totalItems").asInt()).isGreaterThanOrEqualTo(1);

        var discharged = admin().get("/api/v1/patients?q=" + mrn + "&status=DISCHARGED").json();
        assertThat(discharged.get("items")).isEmpty();
    }

    @Test
    void aDeviceRecordsReadingsThatTheCareTeamSees() {
        String id = registerPatient();
        Api nurse = newUser(Role.NURSE, null);
        assignToCareTeam(id, nurse, "MEMBER");
        Api device = newUser(Role.DEVICE, null);

        var reading = device.post("/api/v1/patients/" + id + "/vital-signs",
                Map.of("heartRate", 72, "oxygenSaturation", 97, "observedAt", "2026-01-05T10:00:00Z"));
        assertThat(reading.status()).as(reading.toString()).isEqualTo(204);

        var readings = nurse.await("/api/v1/patients/" + id + "/vital-signs",
                r -> r.status() == 200 && r.json().get("items").size() == 1).json();
        var item = readings.get("items").get(0);
        assertThat(item.get("source").asText()).isEqualTo("DEVICE");
        assertThat(item.get("observedAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(item.get("news2Complete").asBoolean()).isFalse();
        assertThat(device.get("/api/v1/patients/" + id).status()).isEqualTo(403);
    }
}
