package vn.hotline1022.localinfra.store;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * mongo-java-server keeps a cursor's remaining documents in this heap until the client reads them (getMore) or kills
 * the cursor, and never times one out: a client that gives up half-way (a socket timeout under load, a killed
 * service) leaves them there for ever. After the soak of 2026-12-02 this JVM held ~150 MiB of live documents and
 * spent its time in full collections. MongoDB closes a cursor left idle for 10 minutes ({@code cursorTimeoutMillis});
 * so does this store.
 */
final class CursorExpiry {

    private static final Set<String> OPENING = Set.of("find", "aggregate", "listcollections", "listindexes");

    private final CursorRegistry registry;
    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final Map<Long, Long> lastUsed = new ConcurrentHashMap<>();

    CursorExpiry(CursorRegistry registry, java.time.Duration idle, LongSupplier nanoTime) {
        this.registry = registry;
        this.idleNanos = idle.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Notes the cursors a command's answer leaves open, and forgets those it exhausted or killed. */
    void observe(String command, Document query, Document answer) {
        String name = command == null ? "" : command.toLowerCase(Locale.ROOT);
        if (name.equals("killcursors") && query.get("cursors") instanceof java.util.List<?> ids) {
            ids.forEach(id -> forget(id));
            return;
        }
        if (!OPENING.contains(name) && !name.equals("getmore")) {
            return;
        }
        long id = answer != null && answer.get("cursor") instanceof Document cursor
                && cursor.get("id") instanceof Number n ? n.longValue() : 0L;
        if (id != 0) {
            lastUsed.put(id, nanoTime.getAsLong());
        } else if (name.equals("getmore")) {
            forget(query.get("getMore"));
        }
    }

    /** Closes the cursors idle for longer than the timeout; returns how many. */
    int expire() {
        long now = nanoTime.getAsLong();
        int closed = 0;
        for (Map.Entry<Long, Long> e : lastUsed.entrySet()) {
            if (now - e.getValue() > idleNanos && lastUsed.remove(e.getKey(), e.getValue())) {
                registry.remove(e.getKey());
                closed++;
            }
        }
        return closed;
    }

    int open() {
        return registry.size();
    }

    private void forget(Object id) {
        if (id instanceof Number n) {
            lastUsed.remove(n.longValue());
        }
    }
}
