package vn.hotline1022.knowledge.domain;

import java.util.List;

/**
 * Where a new entry comes from, beyond its content: a fixed id and the escalation it answers (so a redelivered
 * answer finds its draft), or who imported it. Null fields are not stored.
 */
public record EntryOrigin(String id, String escalationId, String sourceEventId, List<String> callIds,
                          String importedBy) {

    public static EntryOrigin none() {
        return new EntryOrigin(null, null, null, null, null);
    }

    public static EntryOrigin importedBy(String by) {
        return new EntryOrigin(null, null, null, null, by);
    }

    public static EntryOrigin escalation(String escalationId, String eventId, List<String> callIds) {
        return new EntryOrigin("esc-" + escalationId, escalationId, eventId, callIds, null);
    }
}
