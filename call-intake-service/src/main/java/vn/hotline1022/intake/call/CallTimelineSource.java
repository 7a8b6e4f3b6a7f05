package vn.hotline1022.intake.call;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.support.security.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one call as timeline entries, after the object rule (the operator's own call, or a supervisor):
 * received, transfers that reached nobody, closed, and the callbacks made with a unit's answer.
 */
@Component
public class CallTimelineSource {

    public record Event(Instant at, String actor, String kind, String text) {
    }

    private final CallService calls;
    private final MongoCollection<Document> callbacks;

    CallTimelineSource(CallService calls, MongoDatabase database) {
        this.calls = calls;
        this.callbacks = database.getCollection("callbacks");
    }

    public List<Event> owned(String callId, CurrentUser user) {
        Call call = calls.owned(callId, user);
        List<Event> out = new ArrayList<>();
        out.add(new Event(call.startedAt(), call.operator(), "RECEIVED", call.question()));
        call.failedTransfers().forEach(f -> out.add(new Event(f.at(), "routing", "TRANSFER_FAILED",
                f.unitCode() + " (" + f.attempts() + ")")));
        if (call.outcome() != null) {
            out.add(new Event(call.endedAt(), call.closedBy(), "CLOSED", call.outcome().name()
                    + (call.unitCode() == null ? "" : " · " + call.unitCode())));
        }
        for (Document task : callbacks.find(Filters.eq("callId", callId))) {
            out.add(new Event(task.getDate("createdAt").toInstant(), task.getString("unitCode"), "ANSWER_RECEIVED",
                    task.getString("answer")));
            for (Document a : task.getList("attempts", Document.class, List.of())) {
                out.add(new Event(a.getDate("at").toInstant(), a.getString("by"), "CALLBACK_" + a.getString("result"),
                        a.getString("note")));
            }
        }
        return out;
    }
}
