package vn.hotline1022.routing.escalation;

import org.bson.Document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API shape of an escalation (the stored document minus internals). */
final class EscalationViews {

    private static final List<String> FIELDS = List.of("unitCode", "topic", "locality", "question", "status",
            "createdAt", "dueAt", "callCount", "answer", "answeredBy", "answeredAt", "mergedInto", "overdueNotified",
            "history");

    private EscalationViews() {
    }

    static Map<String, Object> of(Document e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.getString("_id"));
        for (String f : FIELDS) {
            if (e.get(f) != null) {
                v.put(f, e.get(f));
            }
        }
        v.put("calls", e.getList("calls", Document.class, List.of()).stream()
                .map(c -> Map.of("callId", c.getString("callId"), "question", c.getString("question"),
                        "askedAt", c.getDate("askedAt"))).toList());
        return v;
    }
}
