package vn.hotline1022.support.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The relay on the local stack's wire-protocol server: what was sent leaves the outbox, what arrived meanwhile stays. */
class OutboxRelayTest {

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> calls;
    private final List<String> sent = new ArrayList<>();
    private Runnable duringSend = () -> { };

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        calls = client.getDatabase("intake").getCollection("calls");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private OutboxRelay relay() {
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), anyString())).thenAnswer(call -> {
            sent.add(call.getArgument(2));
            duringSend.run();
            return CompletableFuture.completedFuture(mock(SendResult.class));
        });
        return new OutboxRelay(client.getDatabase("intake"), kafka, new SimpleMeterRegistry(),
                List.of(new OutboxCollection("calls")));
    }

    private static Document event(String id) {
        return new Document("eventId", id).append("topic", "hotline.call.received.v1").append("key", "k").append("payload", id);
    }

    @Test
    void sentEventsLeaveTheOutboxAndTheDocumentIsNoLongerPending() {
        for (int i = 0; i < 3; i++) {
            calls.insertOne(new Document("_id", "call-" + i).append("outbox", List.of(event("e" + i), event("e" + i + "b")))
                    .append("outboxPending", true));
        }
        calls.insertOne(new Document("_id", "quiet").append("outbox", List.of()).append("outboxPending", false));

        relay().relay();

        assertThat(sent).containsExactlyInAnyOrder("e0", "e0b", "e1", "e1b", "e2", "e2b");
        assertThat(calls.countDocuments(Filters.eq("outboxPending", true))).isZero();
        calls.find().forEach(d -> assertThat(d.getList("outbox", Document.class)).isEmpty());
    }

    @Test
    void anEventAddedWhileTheBatchIsSentStaysPendingAndGoesOutOnTheNextRound() {
        calls.insertOne(new Document("_id", "call-1").append("outbox", List.of(event("received"))).append("outboxPending", true));
        duringSend = () -> {
            duringSend = () -> { };
            // the operator closes the call while its first event is on the wire: one write, event and flag together
            calls.updateOne(Filters.eq("_id", "call-1"), combine(push("outbox", event("closed")), set("outboxPending", true)));
        };
        OutboxRelay relay = relay();

        relay.relay();

        Document after = calls.find(Filters.eq("_id", "call-1")).first();
        assertThat(after.getList("outbox", Document.class)).extracting(e -> e.getString("eventId")).containsExactly("closed");
        assertThat(after.getBoolean("outboxPending")).isTrue();

        relay.relay();

        assertThat(sent).containsExactly("received", "closed");
        Document done = calls.find(Filters.eq("_id", "call-1")).first();
        assertThat(done.getList("outbox", Document.class)).isEmpty();
        assertThat(done.getBoolean("outboxPending")).isFalse();
    }
}
