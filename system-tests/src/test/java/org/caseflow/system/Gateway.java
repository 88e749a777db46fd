package org.caseflow.system;

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
import java.util.Map;

/** Real HTTP to the gateway, as a user of Caseflow would send it. */
final class Gateway {

    static final String DEMO_PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** GET as a demo user; {@code user} null means without credentials. */
    Response get(String path, String user) {
        return send(request(path, user, Map.of()).GET());
    }

    Response get(String path, String user, Map<String, String> headers) {
        return send(request(path, user, headers).GET());
    }

    Response post(String path, String user, String json) {
        return send(request(path, user, Map.of("Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response put(String path, String user, String json) {
        return send(request(path, user, Map.of("Content-Type", "application/json"))
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path, String user) {
        return send(request(path, user, Map.of()).DELETE());
    }

    /** Polls until {@code check} passes or the time is up; services behind the feed catch up within seconds. */
    static <T> T eventually(java.util.function.Supplier<T> attempt, java.util.function.Predicate<T> check, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = attempt.get();
        while (!check.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = attempt.get();
        }
        return last;
    }

    private HttpRequest.Builder request(String path, String user, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", basic(user, DEMO_PASSWORD));
        }
        headers.forEach(builder::header);
        return builder;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + raw.body(), e);
            }
        }
    }
}
