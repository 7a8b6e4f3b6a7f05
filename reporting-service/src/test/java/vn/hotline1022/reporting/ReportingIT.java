package vn.hotline1022.reporting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.testsupport.TestAuth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reporting's end-to-end tests share: a database of their own per application context on the JVM's one
 * Mongo-protocol server, events published as the producing services write them, and figures read over HTTP.
 */
public abstract class ReportingIT {

    protected static final HttpHeaders SUPERVISOR = TestAuth.as("supervisor1", "SUPERVISOR", null);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String name = "reporting-" + UUID.randomUUID();
        registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri(name));
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    protected JsonMapper json;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** Publishes one event in its envelope and returns the value as sent. */
    protected <T> String send(String topic, String key, EventType type, T payload, Instant at) throws Exception {
        EventEnvelope<T> envelope = new EventEnvelope<>(UUID.randomUUID(), type.logicalName(), type.schemaVersion(),
                at, key, payload);
        String value = json.writeValueAsString(envelope);
        kafka.send(topic, key, value).get();
        return value;
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> get(String path, HttpHeaders headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).GET();
        headers.forEach((k, v) -> v.forEach(value -> b.header(k, value)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path, SUPERVISOR);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** A 400 problem+json that names {@code field}. */
    protected void assertProblem(String path, String field) throws Exception {
        HttpResponse<String> r = get(path, SUPERVISOR);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).contains("application/problem+json");
        assertThat(json.readTree(r.body()).path("errors").findValuesAsString("field")).as(path + " " + r.body())
                .contains(field);
    }
}
