package vn.hotline1022.intake.outbox;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.FreePorts;
import vn.hotline1022.testsupport.MongoFixture;
import vn.hotline1022.testsupport.TopicReader;
import vn.hotline1022.localinfra.LocalKafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calls keep being accepted while the broker is down, and once it is back every event is on Kafka exactly once.
 * The broker is a real KRaft node stopped and restarted on the same port and log directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.2S", "spring.kafka.admin.fail-fast=true"})
class OutboxBrokerRestartIT {

    static final MongoFixture MONGO = new MongoFixture();
    static final HttpHeaders OPERATOR = TestAuth.as("tdv01", "OPERATOR", null);
    static final Path KAFKA_DIR;
    static final int KAFKA_PORT;
    static LocalKafka kafka;

    static {
        try {
            KAFKA_DIR = Files.createTempDirectory("intake-outbox-kafka");
            KAFKA_PORT = FreePorts.pair();
            kafka = LocalKafka.start(KAFKA_DIR, KAFKA_PORT);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("intake"));
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    @Test
    void noEventIsLostOrDuplicatedAcrossABrokerRestart() throws Exception {
        Api api = new Api(port);
        List<String> beforeStop = createCalls(api, 10);
        closeEscalated(api, beforeStop.subList(0, 5));
        awaitBacklog(0);

        kafka.close();
        List<String> whileDown = createCalls(api, 10);
        closeEscalated(api, beforeStop.subList(5, 10));
        closeEscalated(api, whileDown.subList(0, 5));
        assertThat(pending()).as("events wait in MongoDB while the broker is down").isGreaterThanOrEqualTo(15);

        kafka = LocalKafka.start(KAFKA_DIR, KAFKA_PORT);
        awaitBacklog(0);

        List<String> all = new ArrayList<>(beforeStop);
        all.addAll(whileDown);
        String bootstrap = "127.0.0.1:" + KAFKA_PORT;
        Count received = count(bootstrap, Topics.CALL_RECEIVED, all);
        Count closed = count(bootstrap, Topics.CALL_CLOSED, all);
        Count unanswered = count(bootstrap, Topics.QUESTION_UNANSWERED, all);
        System.out.printf("outbox across broker restart: call.received expected 20 %s; call.closed expected 15 %s; "
                + "question.unanswered expected 15 %s%n", received, closed, unanswered);

        assertThat(received.distinctCalls()).as("lost call.received").isEqualTo(20);
        assertThat(received.records()).as("duplicated call.received").isEqualTo(20);
        assertThat(closed.distinctCalls()).as("lost call.closed").isEqualTo(15);
        assertThat(closed.records()).as("duplicated call.closed").isEqualTo(15);
        assertThat(unanswered.distinctCalls()).isEqualTo(15);
        assertThat(unanswered.records()).isEqualTo(15);
        assertThat(received.distinctEventIds()).isEqualTo(20);
    }

    record Count(long records, long distinctEventIds, long distinctCalls) {
        @Override
        public String toString() {
            return "records=" + records + " distinctEvents=" + distinctEventIds + " calls=" + distinctCalls;
        }
    }

    private static Count count(String bootstrap, String topic, List<String> callIds) {
        Set<String> ours = new HashSet<>(callIds);
        List<JsonNode> events = TopicReader.readAll(bootstrap, topic).stream()
                .filter(e -> ours.contains(e.path("payload").path("callId").asString(null))).toList();
        return new Count(events.size(), events.stream().map(e -> e.path("eventId").asString()).distinct().count(),
                events.stream().map(e -> e.path("payload").path("callId").asString()).distinct().count());
    }

    private static List<String> createCalls(Api api, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Api.Response r = api.post("/api/calls", OPERATOR, """
                    {"callerNumber":"0252 3822 %03d","locality":"PHAN_THIET","topic":"QUARANTINE_FOOD",
                     "question":"Nhà đang cách ly, xin hỗ trợ lương thực ở phường Phú Thủy"}""".formatted(i));
            assertThat(r.status()).as(r.raw()).isEqualTo(201);
            ids.add(r.body().path("id").asString());
        }
        return ids;
    }

    private static void closeEscalated(Api api, List<String> ids) {
        for (String id : ids) {
            Api.Response r = api.post("/api/calls/" + id + "/close", OPERATOR, "{\"outcome\":\"ESCALATED\"}");
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
        }
    }

    private long pending() {
        return database.getCollection("calls").countDocuments(Filters.eq("outboxPending", true));
    }

    private void awaitBacklog(long expected) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> pending() == expected);
    }
}
