package org.careledger.saga.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.careledger.api.alert.DeliveryState;
import org.careledger.api.alert.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WhatsApp through the WhatsApp Cloud API: {@code POST {base-url}/{version}/{phone-number-id}/messages} with a JSON
 * text message and a Bearer token. The API accepting the message is all its answer says, so the state is DISPATCHED;
 * delivery and read receipts would arrive later by webhook.
 */
class WhatsAppNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(WhatsAppNotifier.class);

    private final NotificationProperties.WhatsApp config;
    private final HttpProvider provider;
    private final ObjectMapper json;

    WhatsAppNotifier(NotificationProperties.WhatsApp config, HttpClient http, Duration timeout, ObjectMapper json) {
        this.config = config;
        this.provider = new HttpProvider(http, timeout, NotificationChannel.WHATSAPP);
        this.json = json;
        if (!config.configured()) {
            log.info("Notification channel WHATSAPP is disabled: careledger.notification.whatsapp.phone-number-id "
                    + "and access-token must both be set");
        }
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WHATSAPP;
    }

    @Override
    public DeliveryState send(OutgoingMessage notification) {
        if (!config.configured()) {
            throw DeliveryFailure.permanent("the WHATSAPP channel is not configured (careledger.notification.whatsapp.*)");
        }
        if (notification.address() == null) {
            throw DeliveryFailure.permanent("the recipient has no phone number");
        }
        HttpRequest request = provider.request(HttpProvider.join(config.baseUrl(),
                        "/" + config.apiVersion() + "/" + config.phoneNumberId() + "/messages"))
                .header("Authorization", "Bearer " + config.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(notification)))
                .build();
        var response = provider.send(request);
        if (response.statusCode() / 100 != 2) {
            throw provider.refusal(response.statusCode(), errorCode(response.body()));
        }
        return DeliveryState.DISPATCHED;
    }

    private String body(OutgoingMessage notification) {
        var message = json.createObjectNode();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", "individual");
        message.put("to", notification.address());
        message.put("type", "text");
        message.putObject("text").put("preview_url", false).put("body", notification.text());
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private String errorCode(String body) {
        try {
            JsonNode code = json.readTree(body == null || body.isBlank() ? "{}" : body).path("error").path("code");
            return code.isMissingNode() ? null : code.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
