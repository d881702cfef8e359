package org.careledger.saga.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.careledger.api.alert.NotificationChannel;

/**
 * One HTTP call to a messaging provider, with the failure rules both providers share: no answer, 429 and 5xx may
 * pass if tried again; any other refusal will not. Providers' error texts may quote the phone number, so a
 * failure keeps only the status and the provider's numeric error code.
 */
final class HttpProvider {
    private final HttpClient http;
    private final Duration timeout;
    private final NotificationChannel channel;

    HttpProvider(HttpClient http, Duration timeout, NotificationChannel channel) {
        this.http = http;
        this.timeout = timeout;
        this.channel = channel;
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure(
                    "the " + channel + " provider did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.transientFailure("interrupted while calling the " + channel + " provider");
        }
    }

    DeliveryFailure refusal(int status, String errorCode) {
        String reason = "the " + channel + " provider answered HTTP " + status
                + (errorCode == null ? "" : ", error " + errorCode);
        return status == 429 || status == 408 || status >= 500
                ? DeliveryFailure.transientFailure(reason) : DeliveryFailure.permanent(reason);
    }

    static URI join(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }
}
