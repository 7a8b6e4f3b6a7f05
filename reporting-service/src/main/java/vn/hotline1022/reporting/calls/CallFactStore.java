package vn.hotline1022.reporting.calls;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * One fact document per call, keyed by callId, filled by both call.received and call.closed in whatever order
 * they arrive. Every write only sets fields, so a replayed or duplicated event rewrites the same values and
 * changes no figure.
 */
@Component
public class CallFactStore {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    private final MongoCollection<Document> facts;

    CallFactStore(MongoDatabase database) {
        this.facts = database.getCollection("call_facts");
        facts.createIndex(new Document("receivedAt", 1));
        facts.createIndex(new Document("closedAt", 1));
    }

    /** One write for a whole poll of the topic (one durable commit); in order, so the last word on a call stands. */
    void recordAll(List<CallFact> received) {
        facts.bulkWrite(received.stream().map(CallFactStore::received).toList(), ORDERED);
    }

    void recordAllClosed(List<CallClosedFact> closed) {
        facts.bulkWrite(closed.stream().map(CallFactStore::closed).toList(), ORDERED);
    }

    private static UpdateOneModel<Document> received(CallFact fact) {
        return new UpdateOneModel<>(Filters.eq("_id", fact.callId()), Updates.combine(
                        Updates.set("operator", fact.operator()),
                        Updates.set("channel", fact.channel()),
                        Updates.set("locality", fact.locality()),
                        Updates.set("topic", fact.topic()),
                        Updates.set("receivedAt", Date.from(fact.receivedAt())),
                        Updates.set("repeatCaller", fact.repeatCaller()),
                        Updates.addToSet("eventIds", fact.eventId())),
                UPSERT);
    }

    private static UpdateOneModel<Document> closed(CallClosedFact fact) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("outcome", fact.outcome()),
                Updates.set("handleSeconds", fact.handleSeconds()),
                Updates.set("kbEntryId", fact.kbEntryId()),
                Updates.set("unitCode", fact.unitCode()),
                Updates.set("closedAt", Date.from(fact.closedAt())),
                Updates.set("questionOutcomes", fact.questionOutcomes()),
                Updates.addToSet("eventIds", fact.eventId())));
        // the received event is the authority on topic/locality; these only fill in if it never arrives
        if (fact.topic() != null) {
            updates.add(Updates.set("closedTopic", fact.topic()));
        }
        if (fact.locality() != null) {
            updates.add(Updates.set("closedLocality", fact.locality()));
        }
        return new UpdateOneModel<>(Filters.eq("_id", fact.callId()), Updates.combine(updates), UPSERT);
    }

    /** Calls received in [from, to). */
    public List<ReceivedCall> receivedBetween(Instant from, Instant to) {
        return facts.find(between("receivedAt", from, to)).map(d -> new ReceivedCall(
                d.getDate("receivedAt").toInstant(), d.getString("operator"), d.getString("channel"),
                d.getString("locality"), d.getString("topic"), Boolean.TRUE.equals(d.getBoolean("repeatCaller")),
                seconds(d))).into(new ArrayList<>());
    }

    /** The topic of each call received in [from, to), and nothing else of it. */
    public List<String> topicsReceivedBetween(Instant from, Instant to) {
        return facts.find(between("receivedAt", from, to)).projection(new Document("topic", 1))
                .map(d -> d.getString("topic")).into(new ArrayList<>());
    }

    /**
     * Calls closed in [from, to). Facts of calls closed before questions were kept have none: one question, the
     * call's outcome.
     */
    public List<ClosedCall> closedBetween(Instant from, Instant to) {
        return facts.find(between("closedAt", from, to)).map(d -> {
            List<String> questions = d.getList("questionOutcomes", String.class);
            return new ClosedCall(d.getString("outcome"), questions != null ? questions
                    : Collections.singletonList(d.getString("outcome")), seconds(d), d.getString("kbEntryId"));
        }).into(new ArrayList<>());
    }

    private static Long seconds(Document d) {
        Number n = d.get("handleSeconds", Number.class);
        return n == null ? null : n.longValue();
    }

    private static Bson between(String field, Instant from, Instant to) {
        return Filters.and(Filters.gte(field, Date.from(from)), Filters.lt(field, Date.from(to)));
    }
}
