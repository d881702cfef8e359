package org.careledger.saga.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.careledger.saga.notification.Notifications.PHONE;
import static org.careledger.saga.notification.Notifications.to;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS adapter speaks Twilio's Messages API to a local HTTP server. */
class SmsNotifierTest {
    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "test-auth-token";
    private static final String FROM = "+15005550006";

    private ProviderServer provider;
    private SmsNotifier sms;

    @BeforeEach
    void startProvider() throws Exception {
        provider = new ProviderServer();
        sms = notifier(new NotificationProperties.Sms(provider.baseUrl(), SID, TOKEN, FROM));
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Test
    void postsTheMessageFormWithBasicAuthToTheAccountsMessagesResource() {
        DeliveryState state = sms.send(to(NotificationChannel.SMS, PHONE));

        assertThat(state).isEqualTo(DeliveryState.DISPATCHED);
        var request = provider.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
        assertThat(request.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).containsOnlyKeys("To", "From", "Body")
                .containsEntry("To", PHONE).containsEntry("From", FROM);
        assertThat(request.form().get("Body")).contains("CRITICAL", Notifications.SUMMARY, Notifications.LINK.toString());
    }

    @Test
    void theMessageStatusBecomesTheDeliveryState() {
        provider.thenOnce(201, "{\"status\":\"sent\"}").thenOnce(201, "{\"status\":\"delivered\"}");

        assertThat(sms.send(to(NotificationChannel.SMS, PHONE))).isEqualTo(DeliveryState.DISPATCHED);
        assertThat(sms.send(to(NotificationChannel.SMS, PHONE))).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aServerErrorMayBeRetried() {
        provider.answering(503, "");

        assertThatThrownBy(() -> sms.send(to(NotificationChannel.SMS, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isTrue();
                    assertThat(failure.reason()).contains("HTTP 503");
                });
    }

    @Test
    void aRefusedNumberIsNotRetriedAndTheReasonKeepsOnlyTheErrorCode() {
        provider.answering(400, "{\"code\":21211,\"message\":\"The 'To' number " + PHONE + " is not valid\"}");

        assertThatThrownBy(() -> sms.send(to(NotificationChannel.SMS, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.reason()).contains("HTTP 400", "21211").doesNotContain(PHONE);
                });
    }

    @Test
    void aProviderThatGaveUpIsAFailure() {
        provider.answering(201, "{\"status\":\"failed\"}");

        assertThatThrownBy(() -> sms.send(to(NotificationChannel.SMS, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.retryable()).isFalse());
    }

    @Test
    void anUnreachableProviderMayBeRetried() {
        var unreachable = notifier(new NotificationProperties.Sms(URI.create("http://127.0.0.1:9"), SID, TOKEN, FROM));

        assertThatThrownBy(() -> unreachable.send(to(NotificationChannel.SMS, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.retryable()).isTrue());
    }

    @Test
    void withoutCredentialsTheChannelIsDisabledAndCallsNobody() {
        var disabled = notifier(new NotificationProperties.Sms(provider.baseUrl(), null, null, null));

        assertThatThrownBy(() -> disabled.send(to(NotificationChannel.SMS, PHONE)))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                    assertThat(failure.retryable()).isFalse();
                    assertThat(failure.reason()).contains("not configured");
                });
        assertThat(provider.requests()).isEmpty();
    }

    @Test
    void aRecipientWithoutPhoneNumberIsNotCalled() {
        assertThatThrownBy(() -> sms.send(to(NotificationChannel.SMS, null))).isInstanceOf(DeliveryFailure.class);
        assertThat(provider.requests()).isEmpty();
    }

    private static SmsNotifier notifier(NotificationProperties.Sms config) {
        return new SmsNotifier(config, HttpClient.newHttpClient(), Duration.ofSeconds(2), new ObjectMapper());
    }
}
