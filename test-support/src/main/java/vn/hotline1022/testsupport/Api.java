package vn.hotline1022.testsupport;

import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for ITs against the service on its random port. */
public final class Api {

    public record Response(int status, JsonNode body, HttpHeaders headers, String raw) {
        public String header(String name) {
            return headers.getFirst(name);
        }

        /** The body of a problem+json refusal with this status; otherwise an AssertionError showing the answer. */
        public JsonNode problem(int expectedStatus) {
            String type = header("Content-Type");
            if (status != expectedStatus || type == null || !type.contains("application/problem+json")) {
                throw new AssertionError("expected a " + expectedStatus + " problem+json, got " + status + " " + type
                        + ": " + raw);
            }
            return body;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Response get(String path, HttpHeaders auth) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), auth);
    }

    /** A non-JSON body, e.g. the Prometheus scrape. */
    public String getText(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path, HttpHeaders auth) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), auth);
    }

    public Response post(String path, HttpHeaders auth, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), auth);
    }

    public Response upload(String path, HttpHeaders auth, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), auth);
    }

    public Response put(String path, HttpHeaders auth, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), auth);
    }

    private Response send(HttpRequest.Builder builder, HttpHeaders headers) {
        headers.forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        try {
            HttpResponse<String> r = http.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpHeaders responseHeaders = new HttpHeaders();
            r.headers().map().forEach(responseHeaders::addAll);
            JsonNode body = r.body().isBlank() || !r.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? JSON.nullNode() : JSON.readTree(r.body());
            return new Response(r.statusCode(), body, responseHeaders, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
