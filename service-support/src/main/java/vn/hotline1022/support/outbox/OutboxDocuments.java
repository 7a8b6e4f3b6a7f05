package vn.hotline1022.support.outbox;

import lombok.RequiredArgsConstructor;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.pushEach;
import static com.mongodb.client.model.Updates.set;

/**
 * Builds the outbox part of an aggregate's document write from its typed events, so the state change and its
 * events are one write. Only stores call it; everything before them sees {@link OutboxEvent} records.
 */
@RequiredArgsConstructor
public final class OutboxDocuments {

    public static final String OUTBOX = "outbox";
    public static final String PENDING = "outboxPending";

    private final JsonMapper json;

    /** The entry the relay sends: the envelope as JSON, with its topic and key beside it. */
    public Document entry(OutboxEvent<?> event) {
        return new Document("eventId", event.envelope().eventId().toString())
                .append("topic", event.topic())
                .append("key", event.key())
                .append("payload", json.writeValueAsString(event.envelope()))
                .append("createdAt", Date.from(event.envelope().occurredAt()));
    }

    /** For a new document: the fields to include in the insert. */
    public Document initial(OutboxEvent<?> event) {
        return initial(List.of(event));
    }

    /** For a new document whose creation already makes several events. */
    public Document initial(List<? extends OutboxEvent<?>> events) {
        return new Document(OUTBOX, new ArrayList<>(entries(events))).append(PENDING, true);
    }

    /** For an update of an existing document: the operations to add to the same updateOne. */
    public Bson append(OutboxEvent<?> event) {
        return combine(push(OUTBOX, entry(event)), set(PENDING, true));
    }

    /** Several events from one state change, still in the same updateOne. */
    public Bson appendAll(List<? extends OutboxEvent<?>> events) {
        return combine(pushEach(OUTBOX, entries(events)), set(PENDING, true));
    }

    private List<Document> entries(List<? extends OutboxEvent<?>> events) {
        return events.stream().map(this::entry).toList();
    }
}
