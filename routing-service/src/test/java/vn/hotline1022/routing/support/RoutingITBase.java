package vn.hotline1022.routing.support;

import vn.hotline1022.testsupport.MongoFixture;

import vn.hotline1022.testsupport.Api;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One application context for every routing IT (same annotations → Spring's context cache reuses it): a real KRaft
 * broker and the Mongo wire-protocol server on random ports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.1S", "hotline.transfer.cool-down.failures=3"})
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.QUESTION_UNANSWERED, Topics.ESCALATION_ANSWERS, Topics.ESCALATION_ANSWERED,
                Topics.TRANSFER_ATTEMPTED, Topics.TRANSFER_COMPLETED, Topics.UNIT_UNREACHABLE, Topics.CALL_RECEIVED,
                Topics.SWITCHBOARD_DIALLED})
@Import(TestClock.Config.class)
public abstract class RoutingITBase {

    protected static final MongoFixture MONGO = new MongoFixture();
    protected static final String OPERATOR_USER = "tdv01";
    protected static final HttpHeaders OPERATOR = TestAuth.as(OPERATOR_USER, "OPERATOR", null);
    protected static final HttpHeaders SUPERVISOR = TestAuth.as("gs01", "SUPERVISOR", null);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("routing"));
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrap;

    @Autowired
    protected MongoDatabase database;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    protected Api api() {
        return new Api(port);
    }

    /**
     * Intake announces that {@code operator} took the call, as it does for every call before the console can ask
     * for a transfer; returns once routing knows the call (a plan for a call routing never heard of is refused).
     */
    protected void callReceived(String callId, String operator) {
        try {
            kafka.send(Topics.CALL_RECEIVED, callId, Events.callReceived(callId, operator)).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                database.getCollection("call_owners").find(Filters.eq("_id", callId)).first() != null);
    }

    /** The operator's transfer plan for one of their calls (announced first), as the console asks for it. */
    protected Api.Response planTransfer(String callId, String topic, String locality) {
        callReceived(callId, OPERATOR_USER);
        return api().post("/api/transfers", OPERATOR,
                "{\"callId\":\"" + callId + "\",\"topic\":\"" + topic + "\",\"locality\":\"" + locality + "\"}");
    }

    /** An escalation as stored, to see the fields no view shows (the saga's and the reminders' bookkeeping). */
    protected Document storedEscalation(String id) {
        return database.getCollection("escalations").find(Filters.eq("_id", id)).first();
    }
}
