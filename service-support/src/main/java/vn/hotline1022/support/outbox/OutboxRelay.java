package vn.hotline1022.support.outbox;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
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
        this.collections = aggregates.stream().map(OutboxCollection::name).distinct().map(database::getCollection).toList();
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
                for (Document doc : collection.find(Filters.eq(OutboxDocuments.PENDING, true)).limit(200)) {
                    if (!relayDocument(collection, doc)) {
                        return; // Kafka is unavailable: try again on the next tick, in order
                    }
                }
            }
        } catch (MongoException e) {
            // nothing is lost: unsent events stay in their documents until MongoDB answers again
            log.warn("outbox relay paused, MongoDB unavailable: {}", e.toString());
        }
    }

    private boolean relayDocument(MongoCollection<Document> collection, Document doc) {
        for (Document event : doc.getList(OutboxDocuments.OUTBOX, Document.class, List.of())) {
            try {
                kafka.send(event.getString("topic"), event.getString("key"), event.getString("payload"))
                        .get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("outbox relay paused, Kafka unavailable: {}", e.toString());
                return false;
            }
            collection.updateOne(Filters.eq("_id", doc.get("_id")),
                    Updates.pull(OutboxDocuments.OUTBOX, new Document("eventId", event.getString("eventId"))));
        }
        collection.updateOne(Filters.and(Filters.eq("_id", doc.get("_id")), Filters.size(OutboxDocuments.OUTBOX, 0)),
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
