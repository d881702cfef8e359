package org.careledger.saga.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification dispatcher and its channels ({@code careledger.notification.*}). Credentials come from
 * the environment only; a channel whose settings are missing is disabled. See docs/notifications.md.
 *
 * @param alertBaseUrl where people open CareLedger: links read {@code <alertBaseUrl>/api/v1/alerts/<id>}
 * @param threads threads that send notifications, apart from the event processor's own
 * @param directoryWait how long a notification waits for the notification directory to catch up with its alert
 * @param httpTimeout connect and answer timeout of the SMS and WhatsApp providers
 */
@ConfigurationProperties("careledger.notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") URI alertBaseUrl,
        @DefaultValue("4") int threads,
        @DefaultValue("PT5S") Duration directoryWait,
        @DefaultValue("PT10S") Duration httpTimeout,
        @DefaultValue Retry retry,
        @DefaultValue Email email,
        @DefaultValue Sms sms,
        @DefaultValue WhatsApp whatsapp) {

    /** Attempts per notification, the first included; the wait doubles (by {@code multiplier}) up to {@code maxDelay}. */
    public record Retry(@DefaultValue("4") int maxAttempts, @DefaultValue("PT2S") Duration initialDelay,
            @DefaultValue("2.0") double multiplier, @DefaultValue("PT5M") Duration maxDelay) {

        /** The wait before attempt {@code attempt + 1}. */
        Duration delayAfter(int attempt) {
            double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
            return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
        }
    }

    /** The sender of notification e-mails; the SMTP server itself is {@code spring.mail.*}. */
    public record Email(@DefaultValue("careledger@localhost") String from) {}

    /** A provider with Twilio's Messages API. */
    public record Sms(@DefaultValue("https://api.twilio.com") URI baseUrl, String accountSid, String authToken,
            String from) {
        boolean configured() {
            return present(accountSid) && present(authToken) && present(from);
        }
    }

    /** The WhatsApp Cloud API. */
    public record WhatsApp(@DefaultValue("https://graph.facebook.com") URI baseUrl,
            @DefaultValue("v21.0") String apiVersion, String phoneNumberId, String accessToken) {
        boolean configured() {
            return present(phoneNumberId) && present(accessToken);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
