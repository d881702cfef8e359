package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careledger.api.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * The whole alerting flow through the REST API, as issue 3 describes it: a critical NEWS2 reading
 * raises an alert, the care team is told by e-mail and SMS, nobody acknowledges, the alert escalates
 * after the (test-shortened, 3 s) deadline and the on-call clinician is told; acknowledging stops the
 * escalation.
 */
class AlertFlowIT extends IntegrationTest {
    private static final Map<String, Object> CRITICAL_VITALS = Map.of("heartRate", 131, "respiratoryRate", 25,
            "oxygenSaturation", 91, "systolicBloodPressure", 90, "temperature", 39.1, "consciousness", "VOICE",
            "supplementalOxygen", true);

    @Test
    void aCriticalReadingIsRaisedNotifiedEscalatedAndStoppedByAcknowledgement() throws Exception {
        String nurseEmail = "ward-nurse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String nursePhone = NotificationTestServers.uniquePhone();
        String onCallEmail = "on-call-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Api nurse = newStaff(Role.NURSE, nurseEmail, nursePhone, List.of("EMAIL", "SMS"));
        Api onCall = newStaff(Role.CLINICIAN, onCallEmail, null, List.of("EMAIL"));
        assertThat(admin().put("/api/v1/organization/on-call", Map.of("userId", onCall.userId())).status())
                .isEqualTo(204);
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");

        assertThat(nurse.post("/api/v1/patients/" + patient + "/vital-signs", CRITICAL_VITALS).status()).isEqualTo(204);

        // A heart rate of 131 also crosses the configured limit, which raises a separate HIGH alert.
        JsonNode alert = nurse.await("/api/v1/alerts?patientId=" + patient + "&severity=CRITICAL",
                r -> r.status() == 200 && r.json().get("items").size() == 1).json().get("items").get(0);
        assertThat(alert.get("type").asText()).isEqualTo("NEWS2");
        String alertId = alert.get("alertId").asText();

        MimeMessage toNurse = NotificationTestServers.awaitValue(() -> mailTo(nurseEmail, "CRITICAL alert, level 1"));
        assertThat(NotificationTestServers.body(toNurse)).contains("/api/v1/alerts/" + alertId);
        var sms = NotificationTestServers.awaitValue(() -> NotificationTestServers.providerRequests().stream()
                .filter(r -> r.path().endsWith("/Messages.json") && nursePhone.equals(r.form().get("To")))
                .filter(r -> r.form().get("Body").contains("/api/v1/alerts/" + alertId)).findFirst().orElse(null));
        assertThat(sms.form().get("Body")).contains("CRITICAL");

        var escalated = nurse.await("/api/v1/alerts/" + alertId,
                r -> r.status() == 200 && r.json().get("level").asInt() >= 2).json();
        assertThat(escalated.get("status").asText()).isEqualTo("ESCALATED");
        MimeMessage toOnCall = NotificationTestServers.awaitValue(() -> mailTo(onCallEmail, "CRITICAL alert, level 2"));
        assertThat(NotificationTestServers.body(toOnCall)).contains("/api/v1/alerts/" + alertId);

        var acknowledged = nurse.post("/api/v1/alerts/" + alertId + "/acknowledgements", null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(204);
        int levelWhenAcknowledged = nurse.await("/api/v1/alerts/" + alertId,
                r -> r.status() == 200 && r.json().get("status").asText().equals("ACKNOWLEDGED")).json()
                .get("level").asInt();
        Thread.sleep(4_000); // longer than the critical acknowledgement deadline
        var after = nurse.get("/api/v1/alerts/" + alertId).json();
        assertThat(after.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(after.get("level").asInt()).isEqualTo(levelWhenAcknowledged);
        assertThat(kindsOf(after)).contains("RAISED", "ESCALATED", "ACKNOWLEDGED", "NOTIFICATION_SENT")
                .filteredOn("ESCALATED"::equals).hasSize(levelWhenAcknowledged - 1);
    }

    /** The e-mail to this address whose subject names the alert's severity and level (the same reading may raise more). */
    private static MimeMessage mailTo(String address, String subject) {
        return Arrays.stream(NotificationTestServers.smtp().getReceivedMessages())
                .filter(message -> NotificationTestServers.recipients(message).contains(address))
                .filter(message -> subjectOf(message).contains(subject))
                .findFirst().orElse(null);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> kindsOf(JsonNode alert) {
        List<String> kinds = new ArrayList<>();
        alert.get("timeline").forEach(entry -> kinds.add(entry.get("kind").asText()));
        return kinds;
    }
}
