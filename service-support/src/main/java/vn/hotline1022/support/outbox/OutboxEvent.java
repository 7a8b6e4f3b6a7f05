package vn.hotline1022.support.outbox;

import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;

import java.time.Instant;

/**
 * An event an aggregate's change queues on its outbox, typed: built where the change is decided, handed to the
 * aggregate's store with the change, and turned into an outbox entry of the same write by {@link OutboxDocuments}.
 * The envelope (and so the event id) is fixed here, so a store that retries its write sends the same event.
 */
public record OutboxEvent<T>(String topic, EventEnvelope<T> envelope) {

    /** An event for its type's own topic. */
    public static <T> OutboxEvent<T> of(EventType type, String key, T payload, Instant at) {
        if (!type.hasFixedTopic()) {
            throw new IllegalArgumentException(type + " has a topic per unit (" + type.topic() + "): name it");
        }
        return to(type, type.topic(), key, payload, at);
    }

    /** An event whose topic depends on its content, e.g. {@code Topics.escalationsFor(unit)} for ESCALATION_RAISED. */
    public static <T> OutboxEvent<T> to(EventType type, String topic, String key, T payload, Instant at) {
        if (type.hasFixedTopic() && !type.topic().equals(topic)) {
            // consumers subscribe by type's topic: an event elsewhere would never be read
            throw new IllegalArgumentException(type + " goes to " + type.topic() + ", not " + topic);
        }
        return new OutboxEvent<>(topic, EventEnvelope.of(type, key, payload, at));
    }

    public String key() {
        return envelope.key();
    }
}
