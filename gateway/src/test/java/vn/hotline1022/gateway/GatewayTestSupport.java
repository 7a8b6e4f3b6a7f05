package vn.hotline1022.gateway;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One Mongo-protocol server, one stub backend (reporting points at a closed port) for the gateway's tests. */
public abstract class GatewayTestSupport {

    static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    static final StubBackend STUB;
    static final int CLOSED_PORT;
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static {
        try {
            STUB = new StubBackend();
            try (ServerSocket s = new ServerSocket(0)) {
                CLOSED_PORT = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var address = MONGO.bind();
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + address.getPort() + "/gateway");
        registry.add("CALL_INTAKE_URL", STUB::url);
        registry.add("KNOWLEDGE_URL", STUB::url);
        registry.add("ROUTING_URL", STUB::url);
        registry.add("REPORTING_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("hotline.ratelimit.capacity", () -> "300");
        registry.add("hotline.ratelimit.refill-per-second", () -> "1");
        registry.add("GATEWAY_MAX_BODY", () -> "64KB");
        registry.add("GATEWAY_MAX_IMPORT_BODY", () -> "256KB");
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    protected String token(String username) {
        return TOKENS.computeIfAbsent(username, u -> login(u, "demo1022").path("accessToken").asString());
    }

    protected JsonNode login(String username, String password) {
        byte[] body = client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }
}
