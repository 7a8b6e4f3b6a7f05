package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listing escalations and the operators' callback list. */
@Component
class EscalationQueries {

    private final EscalationStore store;
    private final Clock clock;

    EscalationQueries(EscalationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<Document> list(String unit, String status, Instant from, Instant to, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (unit != null) {
            filters.add(Filters.eq("unitCode", unit));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status));
        }
        if (from != null) {
            filters.add(Filters.gte("createdAt", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("createdAt", Date.from(to)));
        }
        return store.find(filters.isEmpty() ? new Document() : Filters.and(filters), limit);
    }

    /** Every call attached to an answered escalation that nobody has called back yet. */
    List<Map<String, Object>> pendingCallbacks() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Document e : store.find(Filters.eq("callbacksPending", true), 1000)) {
            for (Document c : e.getList("callbacks", Document.class, List.of())) {
                if (!c.getBoolean("done", false)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("escalationId", e.getString("_id"));
                    row.put("callId", c.getString("callId"));
                    row.put("question", c.getString("question"));
                    row.put("answer", e.getString("answer"));
                    row.put("unitCode", e.getString("unitCode"));
                    row.put("answeredAt", e.getDate("answeredAt"));
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** Returns false when the escalation has no such pending callback. */
    boolean markCallbackDone(String escalationId, String callId, String by) {
        Bson filter = Filters.and(Filters.eq("_id", escalationId),
                Filters.elemMatch("callbacks", Filters.and(Filters.eq("callId", callId), Filters.eq("done", false))));
        Date now = Date.from(clock.instant());
        boolean done = store.update(filter, List.of(Updates.set("callbacks.$.done", true),
                Updates.set("callbacks.$.doneBy", by), Updates.set("callbacks.$.doneAt", now)), List.of());
        if (done) {
            Document e = store.find(escalationId).orElseThrow();
            boolean left = e.getList("callbacks", Document.class, List.of()).stream().anyMatch(c -> !c.getBoolean("done", false));
            if (!left) {
                store.update(Filters.eq("_id", escalationId), List.of(Updates.set("callbacksPending", false)), List.of());
            }
        }
        return done;
    }
}
