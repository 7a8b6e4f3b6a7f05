package vn.hotline1022.support.outbox;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Relays the events that aggregates keep in their own document to Kafka. The state change and its event are one
 * document write; this relay makes delivery at-least-once, and consumers dedupe on eventId. While Kafka is down the
 * events simply wait in MongoDB; while MongoDB is down the relay pauses.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final List<MongoCollection<Document>> collections;
    private final KafkaTemplate<String, String> kafka;

    public OutboxRelay(MongoDatabase database, KafkaTemplate<String, String> kafka, MeterRegistry registry,
                       List<OutboxCollection> aggregates) {
        this.collections = aggregates.stream().flatMap(a -> a.names().stream()).distinct()
                .map(database::getCollection).toList();
        this.kafka = kafka;
        collections.forEach(c -> {
            try {
                c.createIndex(new Document(OutboxDocuments.PENDING, 1));
            } catch (MongoException e) {
                log.warn("outbox index on {} not created yet: {}", c.getNamespace().getCollectionName(), e.toString());
            }
            Gauge.builder("hotline_outbox_backlog", c, OutboxRelay::backlog)
                    .description("Documents whose events are not yet on Kafka")
                    .tag("collection", c.getNamespace().getCollectionName())
                    .register(registry);
        });
    }

    @Scheduled(fixedDelayString = "${hotline.outbox.poll-interval:PT0.3S}")
    public void relay() {
        try {
            for (MongoCollection<Document> collection : collections) {
                List<Document> pending = collection.find(Filters.eq(OutboxDocuments.PENDING, true)).limit(200)
                        .into(new java.util.ArrayList<>());
                if (!pending.isEmpty() && !relayBatch(collection, pending)) {
                    return; // Kafka is unavailable: try again on the next tick, in order
                }
            }
        } catch (MongoException e) {
            // nothing is lost: unsent events stay in their documents until MongoDB answers again
            log.warn("outbox relay paused, MongoDB unavailable: {}", e.toString());
        }
    }

    /**
     * Sends a batch of documents' events together (the producer pipelines them; per key, order is kept), waits for
     * every acknowledgement, then removes each document's sent events in one bulk write and lowers the pending flag of
     * the batch's emptied documents in one more. A failure leaves the batch pending: its
     * events may be sent again, which consumers absorb (they dedupe on eventId).
     */
    private boolean relayBatch(MongoCollection<Document> collection, List<Document> docs) {
        List<java.util.concurrent.CompletableFuture<?>> sent = new java.util.ArrayList<>();
        for (Document doc : docs) {
            for (Document event : doc.getList(OutboxDocuments.OUTBOX, Document.class, List.of())) {
                sent.add(kafka.send(event.getString("topic"), event.getString("key"), event.getString("payload")));
            }
        }
        try {
            java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("outbox relay paused, Kafka unavailable: {}", e.toString());
            return false;
        }
        // Each document's sent events are pulled by a filter on _id alone (events added meanwhile are not among the
        // pulled ids and stay), all in one bulk command: one round trip and, in the durable local store, one
        // commit and sync for the batch instead of one per document (200 sequential syncs bounded the relay to a
        // few hundred documents a second, and the soak's backlog grew by ~800 a minute).
        List<Object> ids = new java.util.ArrayList<>();
        List<WriteModel<Document>> pulls = new java.util.ArrayList<>();
        for (Document doc : docs) {
            List<String> sentIds = doc.getList(OutboxDocuments.OUTBOX, Document.class, List.of()).stream()
                    .map(e -> e.getString("eventId")).toList();
            pulls.add(new UpdateOneModel<>(Filters.eq("_id", doc.get("_id")), Updates.pullByFilter(
                    new Document(OutboxDocuments.OUTBOX, new Document("eventId", new Document("$in", sentIds))))));
            ids.add(doc.get("_id"));
        }
        collection.bulkWrite(pulls, new BulkWriteOptions().ordered(false));
        // one write for the batch: a document is no longer pending only if nothing arrived since (a new event is
        // pushed together with outboxPending=true in one write, so it can never be left unflagged)
        collection.updateMany(Filters.and(Filters.in("_id", ids), Filters.size(OutboxDocuments.OUTBOX, 0)),
                Updates.set(OutboxDocuments.PENDING, false));
        return true;
    }

    private static double backlog(MongoCollection<Document> collection) {
        try {
            return collection.countDocuments(Filters.eq(OutboxDocuments.PENDING, true));
        } catch (MongoException e) {
            return Double.NaN;
        }
    }
}
