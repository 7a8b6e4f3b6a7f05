package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.outbox.OutboxDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** {@code transfers}: one document per transfer, its attempts, and its pending events (outbox) in the same write. */
@Component
class TransferStore {

    private final MongoCollection<Document> transfers;
    private final OutboxDocuments outbox;

    TransferStore(MongoDatabase database, OutboxDocuments outbox) {
        this.transfers = database.getCollection("transfers");
        this.outbox = outbox;
        transfers.createIndex(new Document("callId", 1));
    }

    void insert(Document transfer) {
        transfers.insertOne(transfer);
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(transfers.find(Filters.eq("_id", id)).projection(new Document(OutboxDocuments.OUTBOX, 0))
                .first());
    }

    /** Applies {@code changes} and queues {@code events} only if nobody recorded an attempt meanwhile. */
    boolean update(String id, int expectedAttempts, List<Bson> changes, List<Document> events) {
        List<Bson> all = new ArrayList<>(changes);
        if (!events.isEmpty()) {
            all.add(outbox.appendAll(events));
        }
        return transfers.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("attemptCount", expectedAttempts)),
                Updates.combine(all)).getModifiedCount() == 1;
    }

    /** Whether a switchboard call was already recorded as an attempt (a redelivered report changes nothing). */
    boolean recorded(String ctiCallId) {
        return transfers.find(Filters.eq("attempts.ctiCallId", ctiCallId)).projection(new Document("_id", 1)).first() != null;
    }

    /**
     * Transfers still in progress, planned since {@code since}, whose plan holds {@code number}; the operator's only
     * when one is named. Newest first.
     */
    List<Document> openWith(String number, String operator, Instant since) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", TransferDocuments.IN_PROGRESS),
                Filters.eq("candidates.number", number), Filters.gte("createdAt", Date.from(since))));
        if (operator != null) {
            filters.add(Filters.eq("operator", operator));
        }
        List<Document> out = new ArrayList<>();
        transfers.find(Filters.and(filters)).projection(new Document(OutboxDocuments.OUTBOX, 0))
                .sort(new Document("createdAt", -1)).limit(5).forEach(out::add);
        return out;
    }

    /** Records which escalation this transfer goes to, unless a concurrent request already did. */
    boolean claimEscalation(String id, String escalationId, String question, String unitCode, String operator,
                            Instant now) {
        return transfers.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("escalationId", null)),
                Updates.combine(Updates.set("escalationId", escalationId), Updates.set("escalationQuestion", question),
                        Updates.set("escalationUnit", unitCode),
                        Updates.set("escalatedBy", operator), Updates.set("escalationClaimedAt", Date.from(now))))
                .getModifiedCount() == 1;
    }

    /** Completes the claim: the escalation that really holds the call (a new one if the joined one had closed). */
    /** Once per transfer: a repeated escalate (a second click, a crash before this write) emits nothing more. */
    void markEscalated(String id, String claimed, String placed, List<Document> events) {
        List<org.bson.conversions.Bson> changes = new ArrayList<>(List.of(Updates.set("escalationId", placed),
                Updates.set("status", TransferDocuments.ESCALATED)));
        if (!events.isEmpty()) {
            changes.add(outbox.appendAll(events));
        }
        transfers.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("escalationId", claimed),
                Filters.ne("status", TransferDocuments.ESCALATED)), Updates.combine(changes));
    }
}
