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
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;

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
    protected static final HttpHeaders OPERATOR = TestAuth.as("tdv01", "OPERATOR", null);
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

    protected Api api() {
        return new Api(port);
    }

    /** The operator's transfer plan for a call, as the console asks for it. */
    protected Api.Response planTransfer(String callId, String topic, String locality) {
        return api().post("/api/transfers", OPERATOR,
                "{\"callId\":\"" + callId + "\",\"topic\":\"" + topic + "\",\"locality\":\"" + locality + "\"}");
    }

    /** An escalation as stored, to see the fields no view shows (the saga's and the reminders' bookkeeping). */
    protected Document storedEscalation(String id) {
        return database.getCollection("escalations").find(Filters.eq("_id", id)).first();
    }
}
