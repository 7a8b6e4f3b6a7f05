package vn.hotline1022.knowledge.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One logged-in user of the gateway: logs in ({@code POST /api/auth/login}), refreshes the access token before it
 * expires, logs in again on a 401, and waits out a 429 for as long as its {@code Retry-After} says (the gateway's
 * per-user token bucket, {@code GATEWAY_RATE_BURST} / {@code GATEWAY_RATE_PER_SECOND}).
 */
final class GatewayClient {

    /** A response and the time of the attempt that produced it (waits for 429s and re-logins excluded). */
    record Timed(HttpResponse<String> response, long nanos) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration EARLY_REFRESH = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String username;
    private final String password;
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt = Instant.MIN;
    private int throttled;
    private long throttledMillis;

    GatewayClient(String base, String username, String password) {
        this.base = base.replaceAll("/+$", "");
        this.username = username;
        this.password = password;
    }

    Timed get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Timed post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Timed put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    int throttled() {
        return throttled;
    }

    long throttledMillis() {
        return throttledMillis;
    }

    private Timed send(HttpRequest.Builder request) throws IOException, InterruptedException {
        boolean loggedInAgain = false;
        while (true) {
            ensureToken();
            HttpRequest built = request.copy().header("Authorization", "Bearer " + accessToken)
                    .timeout(Duration.ofMinutes(2)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long nanos = System.nanoTime() - t0;
            if (response.statusCode() == 429) {
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                throttled++;
                throttledMillis += Math.max(seconds, 1) * 1000;
                Thread.sleep(Math.max(seconds, 1) * 1000);
            } else if (response.statusCode() == 401 && !loggedInAgain) {
                loggedInAgain = true;
                login();
            } else {
                return new Timed(response, nanos);
            }
        }
    }

    private void ensureToken() throws IOException, InterruptedException {
        if (accessToken != null && Instant.now().isBefore(expiresAt.minus(EARLY_REFRESH))) {
            return;
        }
        if (refreshToken == null || !refresh()) {
            login();
        }
    }

    private void login() throws IOException, InterruptedException {
        HttpResponse<String> response = auth("/api/auth/login", Map.of("username", username, "password", password));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        take(response);
    }

    private boolean refresh() throws IOException, InterruptedException {
        HttpResponse<String> response = auth("/api/auth/refresh", Map.of("refreshToken", refreshToken));
        if (response.statusCode() != 200) {
            return false;
        }
        take(response);
        return true;
    }

    /** Login and refresh are rate-limited too (per address before login): wait out a 429 here as well. */
    private HttpResponse<String> auth(String path, Map<String, String> body) throws IOException, InterruptedException {
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 429) {
                return response;
            }
            long seconds = Math.max(1, response.headers().firstValueAsLong("Retry-After").orElse(1));
            throttled++;
            throttledMillis += seconds * 1000;
            Thread.sleep(seconds * 1000);
        }
    }

    private void take(HttpResponse<String> response) {
        JsonNode token = JSON.readTree(response.body());
        accessToken = token.get("accessToken").asString();
        refreshToken = token.path("refreshToken").isMissingNode() ? null : token.get("refreshToken").asString();
        expiresAt = Instant.now().plusSeconds(token.path("expiresIn").asLong(300));
    }
}
