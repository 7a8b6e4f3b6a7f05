package vn.hotline1022.support.outbox;

import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;

import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;


/** Builds the outbox part of an aggregate's document write, so the state change and its event are one write. */
public final class OutboxDocuments {

    public static final String OUTBOX = "outbox";
    public static final String PENDING = "outboxPending";

    private final JsonMapper json;

    public OutboxDocuments(JsonMapper json) {
        this.json = json;
    }

    /** An event for its type's own topic. */
    public <T> Document entry(EventType type, String key, T payload, Instant at) {
        if (!type.hasFixedTopic()) {
            throw new IllegalArgumentException(type + " has a topic per unit (" + type.topic() + "): name it");
        }
        return entry(type, type.topic(), key, payload, at);
    }

    /** An event whose topic depends on its content, e.g. {@code Topics.escalationsFor(unit)} for ESCALATION_RAISED. */
    public <T> Document entry(EventType type, String topic, String key, T payload, Instant at) {
        if (type.hasFixedTopic() && !type.topic().equals(topic)) {
            // consumers subscribe by type's topic: an event elsewhere would never be read
            throw new IllegalArgumentException(type + " goes to " + type.topic() + ", not " + topic);
        }
        EventEnvelope<T> envelope = EventEnvelope.of(type, key, payload, at);
        return new Document("eventId", envelope.eventId().toString())
                .append("topic", topic)
                .append("key", key)
                .append("payload", json.writeValueAsString(envelope))
                .append("createdAt", Date.from(at));
    }

    /** For a new document: the fields to include in the insert. */
    public Document initial(Document event) {
        return new Document(OUTBOX, new java.util.ArrayList<>(java.util.List.of(event))).append(PENDING, true);
    }

    /** For an update of an existing document: the operations to add to the same updateOne. */
    public Bson append(Document event) {
        return combine(push(OUTBOX, event), set(PENDING, true));
    }

    /** Several events from one state change, still in the same updateOne. */
    public Bson appendAll(java.util.List<Document> events) {
        return combine(com.mongodb.client.model.Updates.pushEach(OUTBOX, events), set(PENDING, true));
    }
}
