package org.careledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A clinical screen's end of the live alert stream: reads {@code GET /api/v1/alerts/stream} line by line as it
 * arrives and collects the ids of the {@code alert} events. Closing it drops the connection, as a closed browser tab
 * does.
 */
final class SseClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<UUID> alerts = new LinkedBlockingQueue<>();
    private final List<UUID> received = new CopyOnWriteArrayList<>();

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        var reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Returns once the server has answered with its headers: by then the subscription behind the stream exists. */
    static SseClient open(int port, String username, String password) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + token)
                .build();
        var response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new AssertionError("the stream answered " + response.statusCode());
        }
        return new SseClient(response);
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next alert event's alert id, waiting up to 15 s for it. */
    UUID nextAlert() throws InterruptedException {
        UUID alert = alerts.poll(15, TimeUnit.SECONDS);
        if (alert == null) {
            throw new AssertionError("no alert event within 15 s; received so far: " + received);
        }
        return alert;
    }

    List<UUID> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        response.body().close();
    }

    private void read() {
        var event = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    dispatch(event.toString());
                    event.setLength(0);
                } else {
                    event.append(line).append('\n');
                }
            });
        } catch (UncheckedIOException closed) {
            // the connection ended: the test closed it or the server completed the stream
        }
    }

    private void dispatch(String event) {
        if (!event.startsWith("event:alert\n")) {
            return;
        }
        for (String line : event.split("\n")) {
            if (line.startsWith("data:")) {
                try {
                    UUID alert = UUID.fromString(JSON.readTree(line.substring(5)).get("alertId").asText());
                    received.add(alert);
                    alerts.add(alert);
                } catch (IOException e) {
                    throw new AssertionError("an alert event without JSON data: " + event, e);
                }
            }
        }
    }
}
