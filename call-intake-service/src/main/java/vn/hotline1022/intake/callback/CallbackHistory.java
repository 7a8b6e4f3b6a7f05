package vn.hotline1022.intake.callback;

import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What happened to a call's callbacks, for its timeline: the unit's answer arriving and each attempt. */
@Component
public class CallbackHistory {

    public record Entry(Instant at, String actor, String kind, String text) {
    }

    private final CallbackStore store;

    CallbackHistory(CallbackStore store) {
        this.store = store;
    }

    public List<Entry> of(String callId) {
        List<Entry> out = new ArrayList<>();
        for (Document task : store.byCall(callId)) {
            out.add(new Entry(task.getDate("createdAt").toInstant(), task.getString("unitCode"), "ANSWER_RECEIVED",
                    task.getString("answer")));
            for (Document a : task.getList("attempts", Document.class, List.of())) {
                out.add(new Entry(a.getDate("at").toInstant(), a.getString("by"), "CALLBACK_" + a.getString("result"),
                        a.getString("note")));
            }
        }
        return out;
    }
}
