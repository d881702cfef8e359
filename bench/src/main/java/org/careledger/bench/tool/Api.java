package org.careledger.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** The application's REST API as the demo users see it: HTTP Basic, JSON, one shared client. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    final String base;
    final HttpClient client;
    final Duration timeout;
    private final String password;
    private final Map<String, String> authorization = new HashMap<>();
    final Map<String, String> userIds = new HashMap<>();

    Api(String base, String password, Duration timeout) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.password = password;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4, daemon("http-client")))
                .build();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    synchronized String auth(String user) {
        return authorization.computeIfAbsent(user, u -> "Basic " + Base64.getEncoder()
                .encodeToString((u + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    HttpRequest get(String user, String path) {
        return builder(user, path).GET().build();
    }

    HttpRequest post(String user, String path, Object body) {
        return builder(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : write(body))).build();
    }

    private HttpRequest.Builder builder(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (user != null) {
            builder.header("Authorization", auth(user));
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A call the harness needs to succeed (set-up): anything but 2xx stops the run with the answer. */
    JsonNode expect(HttpRequest request) throws Exception {
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** The demo users' ids, from the administrator's user list. */
    void loadUsers() throws Exception {
        JsonNode users = expect(get("demo-admin", "/api/v1/users"));
        JsonNode items = users.isArray() ? users : users.path("items");
        for (JsonNode user : items) {
            userIds.put(user.path("username").asText(), user.path("userId").asText());
        }
        for (String needed : new String[] {"demo-admin", "demo-nurse", "demo-clinician", "demo-device"}) {
            if (!userIds.containsKey(needed)) {
                throw new IllegalStateException("demo user " + needed + " missing: start the application with CARELEDGER_DEMO=true");
            }
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
