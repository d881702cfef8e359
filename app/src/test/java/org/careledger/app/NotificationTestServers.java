package org.careledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Arrays;
import java.time.Duration;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The outside world the notifications go to, started once for all integration tests (they share one application):
 * an in-process SMTP server (GreenMail) and a local HTTP server that answers as Twilio's Messages API and the
 * WhatsApp Cloud API would, recording every request.
 */
final class NotificationTestServers {
    static final String SMS_ACCOUNT_SID = "ACintegrationtest0000000000000000";
    static final String SMS_AUTH_TOKEN = "integration-test-sms-token";
    static final String SMS_FROM = "+15005550006";
    static final String WHATSAPP_PHONE_NUMBER_ID = "100200300400500";
    static final String WHATSAPP_TOKEN = "integration-test-whatsapp-token";

    record ProviderRequest(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                String[] parts = pair.split("=", 2);
                fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
            return fields;
        }
    }

    private static GreenMail smtp;
    private static HttpServer providers;
    private static final List<ProviderRequest> REQUESTS = new CopyOnWriteArrayList<>();

    private NotificationTestServers() {}

    static void register(DynamicPropertyRegistry registry) {
        start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("careledger.notification.sms.base-url", NotificationTestServers::providerUrl);
        registry.add("careledger.notification.sms.account-sid", () -> SMS_ACCOUNT_SID);
        registry.add("careledger.notification.sms.auth-token", () -> SMS_AUTH_TOKEN);
        registry.add("careledger.notification.sms.from", () -> SMS_FROM);
        registry.add("careledger.notification.whatsapp.base-url", NotificationTestServers::providerUrl);
        registry.add("careledger.notification.whatsapp.phone-number-id", () -> WHATSAPP_PHONE_NUMBER_ID);
        registry.add("careledger.notification.whatsapp.access-token", () -> WHATSAPP_TOKEN);
        registry.add("careledger.notification.retry.initial-delay", () -> "PT0.2S");
    }

    static GreenMail smtp() {
        return smtp;
    }

    static List<ProviderRequest> providerRequests() {
        return List.copyOf(REQUESTS);
    }

    private static String providerUrl() {
        return "http://127.0.0.1:" + providers.getAddress().getPort();
    }

    private static synchronized void start() {
        if (smtp != null) {
            return;
        }
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            providers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        providers.createContext("/", exchange -> {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            REQUESTS.add(new ProviderRequest(exchange.getRequestMethod(), path, headers, body));
            byte[] answer = (path.endsWith("/Messages.json") ? "{\"sid\":\"SMtest\",\"status\":\"queued\"}"
                    : "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.test\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(path.endsWith("/Messages.json") ? 201 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        providers.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            providers.stop(0);
            smtp.stop();
        }));
    }

    static ProviderRequest smsTo(String phone) {
        return providerRequests().stream()
                .filter(r -> r.path().endsWith("/Messages.json") && phone.equals(r.form().get("To")))
                .findFirst().orElse(null);
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String uniquePhone() {
        return "+4477009" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }

    /** Notifications are sent after the event is processed: polls until the value is there, or fails after 15 s. */
    static <T> T awaitValue(Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        T current = value.get();
        while (current == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
            current = value.get();
        }
        assertThat(current).as("awaited value").isNotNull();
        return current;
    }

    static String body(MimeMessage message) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
    }
}
