package vn.hotline1022.intake.call;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same create / retry / close / history flow on real MongoDB 7 (replica set) and Apache Kafka; skipped
 * where Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hotline.outbox.poll-interval=PT0.1S")
class CallIntakeContainersIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7").withReplicaSet();
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("intake"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    @Test
    void createRetryCloseAndHistoryOnRealInfrastructure() {
        Api api = new Api(port);
        HttpHeaders headers = TestAuth.as("tdv01", "OPERATOR", null);
        headers.add("Idempotency-Key", "tc-1");
        String body = """
                {"callerNumber":"0908.15.83.83","locality":"HAM_TAN","topic":"TRAVEL_TRANSPORT",
                 "question":"Đi từ Hàm Tân vào TP. Hồ Chí Minh cần giấy tờ gì?"}""";
        Api.Response created = api.post("/api/calls", headers, body);
        Api.Response retried = api.post("/api/calls", headers, body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(retried.body().path("id").asString()).isEqualTo(id);
        assertThat(created.body().path("callerNumber").asString()).isEqualTo("+84908158383");

        assertThat(api.post("/api/calls/" + id + "/close", headers, "{\"outcome\":\"ESCALATED\"}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/calls/" + id + "/close", headers, "{\"outcome\":\"ESCALATED\"}").status())
                .isEqualTo(409);
        assertThat(api.get("/api/callers/" + Api.path("+84 908 158 383") + "/history", headers).body()
                .path("callCount").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(60)).until(() ->
                database.getCollection("calls").countDocuments(Filters.eq("outboxPending", true)) == 0);
        String bootstrap = KAFKA.getBootstrapServers();
        assertThat(TopicReader.forCall(bootstrap, Topics.CALL_RECEIVED, id)).hasSize(1);
        assertThat(TopicReader.forCall(bootstrap, Topics.CALL_CLOSED, id)).hasSize(1);
        assertThat(TopicReader.forCall(bootstrap, Topics.QUESTION_UNANSWERED, id)).hasSize(1);
    }
}
