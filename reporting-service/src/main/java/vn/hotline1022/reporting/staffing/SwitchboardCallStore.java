package vn.hotline1022.reporting.staffing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

/**
 * {@code switchboard_calls}: the citizens' calls the switchboard reported, one document per call (the first report
 * wins: a redelivered event changes nothing). What staffing needs: when it rang, answered or not, the wait.
 */
@Component
class SwitchboardCallStore {

    /** One call as staffing reads it. */
    record Call(Instant ringingAt, String outcome, Long waitSeconds) {
    }

    private final MongoCollection<Document> calls;

    SwitchboardCallStore(MongoDatabase database) {
        this.calls = database.getCollection("switchboard_calls");
        calls.createIndex(new Document("ringingAt", 1));
    }

    void record(String ctiCallId, Instant ringingAt, String outcome, Long waitSeconds, Long talkSeconds, Instant endedAt) {
        calls.updateOne(Filters.eq("_id", ctiCallId), Updates.combine(
                        Updates.setOnInsert("ringingAt", Date.from(ringingAt)), Updates.setOnInsert("outcome", outcome),
                        Updates.setOnInsert("waitSeconds", waitSeconds), Updates.setOnInsert("talkSeconds", talkSeconds),
                        Updates.setOnInsert("endedAt", Date.from(endedAt))),
                new UpdateOptions().upsert(true));
    }

    void between(Instant from, Instant to, Consumer<Call> each) {
        calls.find(Filters.and(Filters.gte("ringingAt", Date.from(from)), Filters.lt("ringingAt", Date.from(to))))
                .forEach(d -> each.accept(new Call(d.getDate("ringingAt").toInstant(), d.getString("outcome"),
                        d.get("waitSeconds") instanceof Number n ? n.longValue() : null)));
    }
}
