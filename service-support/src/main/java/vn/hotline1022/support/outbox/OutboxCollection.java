package vn.hotline1022.support.outbox;

import java.util.List;

/**
 * The aggregates' collections whose documents carry their own outbox ({@code outbox} array, {@code outboxPending}
 * flag); each service declares its aggregates as a bean of this type (one or several) and the relay drains them.
 */
public record OutboxCollection(List<String> names) {

    public OutboxCollection {
        names = List.copyOf(names);
    }

    public OutboxCollection(String... names) {
        this(List.of(names));
    }
}
