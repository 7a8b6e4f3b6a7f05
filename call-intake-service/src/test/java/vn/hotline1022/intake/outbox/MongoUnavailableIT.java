package vn.hotline1022.intake.outbox;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.MongoFixture;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** MongoDB unreachable: operators get a quick 503 problem+json, nothing is half-written, a retry is safe. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.mongo.timeout=1s", "hotline.outbox.poll-interval=PT0.2S"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.CALL_RECEIVED, Topics.CALL_CLOSED, Topics.QUESTION_UNANSWERED, Topics.TRANSFER_COMPLETED})
class MongoUnavailableIT {

    static final MongoFixture MONGO = new MongoFixture();
    static final HttpHeaders OPERATOR = TestAuth.as("tdv01", "OPERATOR", null);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("intake"));
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    @Test
    void unreachableDatabaseIs503AndNothingHalfWritten() {
        Api api = new Api(port);
        String body = """
                {"callerNumber":"0908 555 123","locality":"TUY_PHONG","topic":"PRICES_GOODS",
                 "question":"%s"}""";
        Api.Response open = api.post("/api/calls", OPERATOR, body.formatted("Giá gạo ở chợ Liên Hương tăng gấp đôi"));
        assertThat(open.status()).isEqualTo(201);
        String openId = open.body().path("id").asString();
        HttpHeaders withKey = new HttpHeaders();
        withKey.addAll(OPERATOR);
        withKey.add("Idempotency-Key", "during-outage-1");

        MONGO.stop();
        try {
            assertThat(api.post("/api/calls", withKey, body.formatted("Câu hỏi lúc mất cơ sở dữ liệu")).problem(503)
                    .path("detail").asString()).contains("chưa có gì được lưu");
            assertThat(api.post("/api/calls/" + openId + "/close", OPERATOR, "{\"outcome\":\"DROPPED\"}").status())
                    .isEqualTo(503);
            assertThat(api.get("/actuator/health/readiness", OPERATOR).status()).isEqualTo(503);
        } finally {
            MONGO.restart();
        }

        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/calls/" + openId, OPERATOR).status() == 200);
        assertThat(api.get("/api/calls/" + openId, OPERATOR).body().path("status").asString()).isEqualTo("OPEN");
        assertThat(database.getCollection("calls").countDocuments()).isEqualTo(1);

        Api.Response retried = api.post("/api/calls", withKey, body.formatted("Câu hỏi lúc mất cơ sở dữ liệu"));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(database.getCollection("calls").countDocuments(Filters.eq("callerNumber", "+84908555123")))
                .isEqualTo(2);
    }
}
