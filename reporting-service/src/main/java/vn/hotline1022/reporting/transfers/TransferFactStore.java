package vn.hotline1022.reporting.transfers;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Transfers keyed by transferId and dials keyed by transferId + attempt number: an event seen twice lands on the
 * same document, so replays change no rate.
 */
@Component
public class TransferFactStore {

    private final MongoCollection<Document> transfers;
    private final MongoCollection<Document> attempts;

    TransferFactStore(MongoDatabase database) {
        this.transfers = database.getCollection("transfer_facts");
        this.attempts = database.getCollection("transfer_attempt_facts");
        transfers.createIndex(new Document("completedAt", 1));
        attempts.createIndex(new Document("at", 1));
    }

    void recordAttempt(String eventId, String transferId, String callId, String unitCode, String maskedNumber,
                       String outcome, int attempt, Instant at) {
        attempts.updateOne(Filters.eq("_id", transferId + "#" + attempt), Updates.combine(
                Updates.set("transferId", transferId),
                Updates.set("callId", callId),
                Updates.set("unitCode", unitCode),
                Updates.set("number", maskedNumber),
                Updates.set("outcome", outcome),
                Updates.set("at", Date.from(at)),
                Updates.set("eventId", eventId)), new UpdateOptions().upsert(true));
    }

    void recordCompleted(String eventId, String transferId, String callId, String unitCode, boolean connected,
                         int attemptCount, Instant at) {
        transfers.updateOne(Filters.eq("_id", transferId), Updates.combine(
                Updates.set("callId", callId),
                Updates.set("unitCode", unitCode),
                Updates.set("connected", connected),
                Updates.set("attempts", attemptCount),
                Updates.set("completedAt", Date.from(at)),
                Updates.set("eventId", eventId)), new UpdateOptions().upsert(true));
    }

    void recordEscalated(String transferId, String escalationId) {
        transfers.updateOne(Filters.eq("_id", transferId), Updates.set("escalationId", escalationId),
                new UpdateOptions().upsert(true));
    }

    /** Transfers completed in [from, to). */
    public List<CompletedTransfer> completedBetween(Instant from, Instant to) {
        return transfers.find(between("completedAt", from, to)).map(d -> new CompletedTransfer(
                d.getString("unitCode"), Boolean.TRUE.equals(d.getBoolean("connected")))).into(new ArrayList<>());
    }

    /** Numbers dialled in [from, to). */
    public List<Dial> dialsBetween(Instant from, Instant to) {
        return attempts.find(between("at", from, to)).map(d -> new Dial(d.getString("unitCode"),
                d.getString("number"), d.getString("outcome"))).into(new ArrayList<>());
    }

    private static Bson between(String field, Instant from, Instant to) {
        return Filters.and(Filters.gte(field, Date.from(from)), Filters.lt(field, Date.from(to)));
    }
}
