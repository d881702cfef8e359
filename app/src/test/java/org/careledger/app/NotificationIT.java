package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.careledger.api.alert.AlertEscalated;
import org.careledger.api.alert.AlertId;
import org.careledger.api.alert.AlertRaised;
import org.careledger.api.alert.AlertType;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.EscalationReason;
import org.careledger.api.alert.NotificationChannel;
import org.careledger.api.alert.RecordNotificationOutcome;
import org.careledger.api.alert.Severity;
import org.careledger.api.shared.OrganizationId;
import org.careledger.api.shared.PatientId;
import org.careledger.api.shared.Role;
import org.careledger.app.NotificationTestServers.ProviderRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alerts reach people: the care team by e-mail and SMS when an alert is raised, the on-call clinician by WhatsApp
 * when it escalates, over real SMTP and HTTP to local test servers, each outcome sent back to the alert; an event
 * delivered again sends nothing again, and the notification processor cannot be replayed.
 *
 * <p>The events are published on the event bus directly, as the Alert aggregate would apply them (it is built on
 * another branch); the notification process cannot tell the difference.
 */
class NotificationIT extends IntegrationTest {
    private static final String SUMMARY = "NEWS2 7: emergency response";

    @Autowired EventGateway events;
    @Autowired RecordedCommands.Log commands;
    @Autowired EventProcessingConfiguration processing;
    @Autowired JdbcTemplate jdbc;
    @Autowired TokenStore tokens;
    @Autowired TransactionManager transactions;

    @Test
    void theCareTeamIsToldByEmailAndSmsAndTheOutcomesGoBackToTheAlert() throws Exception {
        String email = "nurse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String phone = NotificationTestServers.uniquePhone();
        Api nurse = newStaff(Role.NURSE, email, phone, List.of("EMAIL", "SMS"));
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        AlertId alert = AlertId.newId();

        events.publish(raised(alert, patient));

        MimeMessage mail = NotificationTestServers.awaitValue(() -> Arrays.stream(NotificationTestServers.smtp().getReceivedMessages())
                .filter(message -> NotificationTestServers.recipients(message).contains(email)).findFirst().orElse(null));
        assertThat(mail.getSubject()).isEqualTo("[CareLedger] CRITICAL alert, level 1");
        assertThat(GreenMailUtil.getBody(mail)).contains(SUMMARY, "/api/v1/alerts/" + alert)
                .doesNotContain("Grace", "Testpatient");

        ProviderRequest sms = NotificationTestServers.awaitValue(() -> NotificationTestServers.smsTo(phone));
        assertThat(sms.method()).isEqualTo("POST");
        assertThat(sms.path()).isEqualTo("/2010-04-01/Accounts/" + NotificationTestServers.SMS_ACCOUNT_SID + "/Messages.json");
        assertThat(sms.header("Authorization")).startsWith("Basic ");
        assertThat(sms.form()).containsEntry("From", NotificationTestServers.SMS_FROM);
        assertThat(sms.form().get("Body")).contains(SUMMARY, "/api/v1/alerts/" + alert);

        var outcomes = NotificationTestServers.awaitValue(() -> {
            var recorded = outcomesOf(alert);
            return recorded.size() == 2 ? recorded : null;
        });
        assertThat(outcomes).extracting(RecordNotificationOutcome::channel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.SMS);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.recipient().toString()).isEqualTo(nurse.userId());
            assertThat(outcome.level()).isEqualTo(1);
            assertThat(outcome.attempt()).isEqualTo(1);
            assertThat(outcome.state()).isEqualTo(DeliveryState.DISPATCHED);
        });
    }

    @Test
    void anEscalationToLevelTwoReachesTheOnCallClinicianOnWhatsApp() throws Exception {
        String phone = NotificationTestServers.uniquePhone();
        Api onCall = newStaff(Role.CLINICIAN, null, phone, List.of("WHATSAPP"));
        var assigned = admin().put("/api/v1/organization/on-call", Map.of("userId", onCall.userId()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
        assertThat(admin().get("/api/v1/organization").json().get("onCallClinicianId").asText())
                .isEqualTo(onCall.userId());
        String patient = registerPatient();
        AlertId alert = AlertId.newId();

        events.publish(raised(alert, patient));
        events.publish(new AlertEscalated(alert, 2, EscalationReason.ACK_TIMEOUT, null));

        ProviderRequest whatsApp = NotificationTestServers.awaitValue(() -> NotificationTestServers.providerRequests().stream()
                .filter(r -> r.path().endsWith("/messages") && r.body().contains("\"" + phone + "\"")).findFirst()
                .orElse(null));
        assertThat(whatsApp.path()).isEqualTo("/v21.0/" + NotificationTestServers.WHATSAPP_PHONE_NUMBER_ID + "/messages");
        assertThat(whatsApp.header("Authorization")).isEqualTo("Bearer " + NotificationTestServers.WHATSAPP_TOKEN);
        assertThat(whatsApp.body()).contains("\"messaging_product\":\"whatsapp\"", "\"type\":\"text\"", SUMMARY);
        var outcome = NotificationTestServers.awaitValue(() -> outcomesOf(alert).stream().filter(o -> o.level() == 2).findFirst().orElse(null));
        assertThat(outcome.channel()).isEqualTo(NotificationChannel.WHATSAPP);
        assertThat(outcome.recipient().toString()).isEqualTo(onCall.userId());
    }

    @Test
    void theNotificationProcessorCannotBeReplayed() {
        var dispatcher = dispatcher();

        // Every handler of the processor is @DisallowReplay, so Axon refuses to reset it at all.
        assertThat(dispatcher.supportsReset()).isFalse();
        assertThatThrownBy(() -> dispatcher.resetTokens(StreamableMessageSource::createTailToken))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAlertDeliveredAgainIsNotSentAgain() throws Exception {
        String phone = NotificationTestServers.uniquePhone();
        Api nurse = newStaff(Role.NURSE, null, phone, List.of("SMS"));
        String patient = registerPatient();
        assignToCareTeam(patient, nurse, "MEMBER");
        AlertId alert = AlertId.newId();
        var raised = GenericEventMessage.asEventMessage(raised(alert, patient));
        events.publish(raised);
        NotificationTestServers.awaitValue(() -> outcomesOf(alert).isEmpty() ? null : true);
        long position = jdbc.queryForObject("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?",
                Long.class, raised.getIdentifier());

        // As after a stolen token or a crash before the token was stored: the processor reads the alert again.
        var dispatcher = dispatcher();
        dispatcher.shutdownAsync().get();
        transactions.executeInTransaction(() -> {
            for (int segment : tokens.fetchSegments("alert-notification")) {
                tokens.storeToken(GapAwareTrackingToken.newInstance(position - 1, List.of()), "alert-notification",
                        segment);
                tokens.releaseClaim("alert-notification", segment);
            }
        });
        dispatcher.start();
        NotificationTestServers.awaitValue(() -> dispatcher.processingStatus().size() == tokens.fetchSegments("alert-notification").length
                && dispatcher.processingStatus().values().stream().allMatch(status ->
                        status.getCurrentPosition().orElse(-1) >= position) ? true : null);
        Thread.sleep(500);

        assertThat(NotificationTestServers.providerRequests().stream()
                .filter(r -> r.path().endsWith("/Messages.json") && phone.equals(r.form().get("To")))).hasSize(1);
        assertThat(outcomesOf(alert)).hasSize(1);
    }

    @Test
    void contactDetailsAreValidatedWhenTheUserIsCreated() {
        Map<String, Object> body = userBody(Role.NURSE, "not-an-address", null, List.of("SMS", "PIGEON"));
        var refused = admin().post("/api/v1/users", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("email", "notificationChannels");

        var withoutPhone = admin().post("/api/v1/users", userBody(Role.NURSE, null, null, List.of("SMS")));
        assertThat(withoutPhone.status()).isEqualTo(400);
        assertThat(withoutPhone.json().get("errors").findValuesAsText("field")).containsExactly("phone");
    }

    @Test
    void onlyAnAdministratorNamesTheOnCallClinicianAndOnlyAClinicianOfTheOrganization() {
        Api nurse = newStaff(Role.NURSE, null, null, List.of());
        var notAClinician = admin().put("/api/v1/organization/on-call", Map.of("userId", nurse.userId()));
        assertThat(notAClinician.status()).isEqualTo(400);
        assertThat(notAClinician.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        var stranger = otherOrganizationAdmin().put("/api/v1/organization/escalation-contact",
                Map.of("userId", nurse.userId()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(nurse.put("/api/v1/organization/on-call", Map.of("userId", nurse.userId())).status())
                .isEqualTo(403);
        assertThat(admin().put("/api/v1/organization/escalation-contact", Map.of("userId", nurse.userId())).status())
                .isEqualTo(204);
    }

    private StreamingEventProcessor dispatcher() {
        return processing.eventProcessor("alert-notification", StreamingEventProcessor.class).orElseThrow();
    }

    private AlertRaised raised(AlertId alert, String patient) {
        var organization = new OrganizationId(organizations.findByName("Demo Clinic").orElseThrow().id());
        return new AlertRaised(alert, PatientId.of(patient), organization, AlertType.NEWS2, Severity.CRITICAL, SUMMARY,
                null);
    }

    private List<RecordNotificationOutcome> outcomesOf(AlertId alert) {
        return commands.payloads(RecordNotificationOutcome.class).stream()
                .filter(outcome -> outcome.alertId().equals(alert)).toList();
    }

}
