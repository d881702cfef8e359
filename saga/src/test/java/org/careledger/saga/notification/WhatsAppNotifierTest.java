package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careledger.saga.notification.Notifications.PHONE;
import static org.careledger.saga.notification.Notifications.to;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WhatsApp adapter speaks the WhatsApp Cloud API to a local HTTP server. */
class WhatsAppNotifierTest {
    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String ACCESS_TOKEN = "test-access-token";
    private static final String ACCEPTED = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"wa_id\":\"447700900123\"}],"
            + "\"messages\":[{\"id\":\"wamid.test\",\"message_status\":\"accepted\"}]}";

    private final ObjectMapper json = new ObjectMapper();
    private ProviderServer provider;
    private WhatsAppNotifier whatsApp;

    @BeforeEach
    void startProvider() throws Exception {
        provider = new ProviderServer().answering(200, ACCEPTED);
        whatsApp = notifier(new NotificationProperties.WhatsApp(provider.baseUrl(), "v21.0", PHONE_NUMBER_ID,
                ACCESS_TOKEN));
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Test
    void postsATextMessageWithTheBearerTokenToThePhoneNumbersMessages() throws Exception {
        DeliveryState state = whatsApp.send(to(NotificationChannel.WHATSAPP, PHONE));

        assertThat(state).isEqualTo(DeliveryState.DISPATCHED);
        var request = provider.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v21.0/" + PHONE_NUMBER_ID + "/messages");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        var body = json.readTree(request.body());
        assertThat(body.get("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(body.get("to").asText()).isEqualTo(PHONE);
        assertThat(body.get("type").asText()).isEqualTo("text");
        assertThat(body.at("/text/body").asText()).contains("CRITICAL", Notifications.SUMMARY,
                Notifications.LINK.toString());
    }

    @Test
    void anExpiredTokenIsNotRetriedAndTheReasonKeepsOnlyTheErrorCode() {
        provider.answering(401, "{\"error\":{\"message\":\"Error validating access token\",\"code\":190}}");

        assertThatThrownBy(() -> whatsApp.send(to(NotificationChannel.WHATSAPP, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.reason()).isEqualTo("the WHATSAPP provider answered HTTP 401, error 190");
                });
    }

    @Test
    void rateLimitingMayBeRetried() {
        provider.answering(429, "{\"error\":{\"code\":130429}}");

        assertThatThrownBy(() -> whatsApp.send(to(NotificationChannel.WHATSAPP, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void withoutTokenTheChannelIsDisabledAndCallsNobody() {
        var disabled = notifier(new NotificationProperties.WhatsApp(provider.baseUrl(), "v21.0", PHONE_NUMBER_ID, " "));

        assertThatThrownBy(() -> disabled.send(to(NotificationChannel.WHATSAPP, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.reason()).contains("not configured");
                });
        assertThat(provider.requests()).isEmpty();
    }

    private WhatsAppNotifier notifier(NotificationProperties.WhatsApp config) {
        return new WhatsAppNotifier(config, HttpClient.newHttpClient(), Duration.ofSeconds(2), json);
    }
}
