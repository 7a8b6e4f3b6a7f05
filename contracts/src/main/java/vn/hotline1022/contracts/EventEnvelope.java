package vn.hotline1022.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels on every topic. The payload is one of the records in {@code events}; {@code type} is its
 * stable logical name (never a Java class name), so consumers in other languages can dispatch on it.
 */
public record EventEnvelope<T>(UUID eventId, String type, int schemaVersion, Instant occurredAt, String key, T payload) {

    public static <T> EventEnvelope<T> of(EventType type, String key, T payload, Instant occurredAt) {
        return new EventEnvelope<>(UUID.randomUUID(), type.logicalName(), type.schemaVersion(), occurredAt, key, payload);
    }
}
