package org.careledger.saga.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS through a provider with Twilio's Messages API: {@code POST {base-url}/2010-04-01/Accounts/{sid}/Messages.json},
 * form fields {@code To}, {@code From}, {@code Body}, HTTP Basic with the account SID and auth token. The state
 * comes from the {@code status} of the created message.
 */
class SmsNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(SmsNotifier.class);

    private final NotificationProperties.Sms config;
    private final HttpProvider provider;
    private final ObjectMapper json;

    SmsNotifier(NotificationProperties.Sms config, HttpClient http, Duration timeout, ObjectMapper json) {
        this.config = config;
        this.provider = new HttpProvider(http, timeout, NotificationChannel.SMS);
        this.json = json;
        if (!config.configured()) {
            log.info("Notification channel SMS is disabled: careledger.notification.sms.account-sid, auth-token "
                    + "and from must all be set");
        }
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public DeliveryState send(OutgoingMessage notification) {
        if (!config.configured()) {
            throw DeliveryFailure.permanent("the SMS channel is not configured (careledger.notification.sms.*)");
        }
        if (notification.address() == null) {
            throw DeliveryFailure.permanent("the recipient has no phone number");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", notification.address());
        form.put("From", config.from());
        form.put("Body", notification.text());
        String credentials = config.accountSid() + ":" + config.authToken();
        HttpRequest request = provider.request(HttpProvider.join(config.baseUrl(),
                        "/2010-04-01/Accounts/" + encode(config.accountSid()) + "/Messages.json"))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        var response = provider.send(request);
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw provider.refusal(response.statusCode(), answer.path("code").asText(null));
        }
        return stateOf(answer.path("status").asText(""));
    }

    /** Twilio's message statuses as IHE ACM delivery states; a message the provider already gave up on is a failure. */
    static DeliveryState stateOf(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "delivered" -> DeliveryState.DELIVERED;
            case "read" -> DeliveryState.READ;
            case "failed", "undelivered", "canceled" ->
                throw DeliveryFailure.permanent("the SMS provider reports the message " + status.toLowerCase(Locale.ROOT));
            default -> DeliveryState.DISPATCHED; // queued, accepted, scheduled, sending, sent
        };
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
