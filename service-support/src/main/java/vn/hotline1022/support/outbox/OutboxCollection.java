package vn.hotline1022.support.outbox;

/**
 * An aggregate's collection whose documents carry their own outbox ({@code outbox} array, {@code outboxPending}
 * flag); each service declares its aggregates as beans of this type and the relay drains them.
 */
public record OutboxCollection(String name) {
}
