package org.careledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** A clinical UI's view of CareLedger: HTTP calls with a signed-in user, JSON in and out. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String userId;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client, knowing the id of the user it signs in as. */
    Api identified(String id) {
        this.userId = id;
        return this;
    }

    String userId() {
        return userId;
    }

    static Api anonymous(int port) {
        return new Api("http://localhost:" + port, null);
    }

    static Api as(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("http://localhost:" + port, "Basic " + token);
    }

    /** The same user, sending one extra header with the next calls. */
    Api with(String header, String value) {
        Api copy = new Api(base, authorization).identified(userId);
        copy.headers.putAll(headers);
        copy.headers.put(header, value);
        return copy;
    }

    record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, Object body) {
        return send("POST", path, body);
    }

    Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Reads lag writes slightly: polls until the answer satisfies the condition, or fails after 15 s. */
    Response await(String path, Predicate<Response> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Response last = get(path);
        while (!condition.test(last) && System.nanoTime() < deadline) {
            pause();
            last = get(path);
        }
        if (!condition.test(last)) {
            throw new AssertionError("condition not met for GET " + path + "; last answer: " + last);
        }
        return last;
    }

    Response send(String method, String path, Object body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (!headers.containsKey("Accept")) {
                request.header("Accept", "application/json, application/problem+json");
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            headers.forEach(request::header);
            if (body != null) {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
