package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.transfer.domain.Transfer;
import vn.hotline1022.routing.transfer.domain.TransferAttempt;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;

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

    void insert(Transfer transfer) {
        transfers.insertOne(TransferDocuments.toDocument(transfer));
    }

    Optional<Transfer> find(String id) {
        return Optional.ofNullable(transfers.find(Filters.eq("_id", id)).projection(noOutbox()).first())
                .map(TransferDocuments::toTransfer);
    }

    /**
     * Records one dial, the transfer's new status and its events in one write, only if nobody recorded an attempt
     * since {@code seen} was read. {@code wrongUnit}: the unit just found not responsible, if so; a transfer that
     * ended also records when, and which unit took it ({@code connectedUnit}, null when none did).
     */
    boolean recordAttempt(Transfer seen, TransferAttempt attempt, String wrongUnit, String status, boolean ended,
                          String connectedUnit, List<OutboxEvent<?>> events, Instant now) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.push("attempts", TransferDocuments.toDocument(attempt)),
                Updates.inc("attemptCount", 1)));
        if (wrongUnit != null) {
            changes.add(Updates.addToSet("wrongUnits", wrongUnit));
        }
        if (ended) {
            changes.add(Updates.set("completedAt", Date.from(now)));
            changes.add(Updates.set("connectedUnit", connectedUnit));
        }
        changes.add(Updates.set("status", status));
        changes.add(outbox.appendAll(events));
        return transfers.updateOne(Filters.and(Filters.eq("_id", seen.id()),
                Filters.eq("attemptCount", seen.triedNumbers().size())), Updates.combine(changes)).getModifiedCount() == 1;
    }

    /** Whether a switchboard call was already recorded as an attempt (a redelivered report changes nothing). */
    boolean recorded(String ctiCallId) {
        return transfers.find(Filters.eq("attempts.ctiCallId", ctiCallId)).projection(new Document("_id", 1)).first() != null;
    }

    /**
     * Transfers still in progress, planned since {@code since}, whose plan holds {@code number}; the operator's only
     * when one is named. Newest first.
     */
    List<Transfer> openWith(String number, String operator, Instant since) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", Transfer.IN_PROGRESS),
                // plans made before numbers were stored in E.164 hold the national digits
                Filters.in("candidates.number", number, PhoneNumbers.national(number)),
                Filters.gte("createdAt", Date.from(since))));
        if (operator != null) {
            filters.add(Filters.eq("operator", operator));
        }
        List<Transfer> out = new ArrayList<>();
        transfers.find(Filters.and(filters)).projection(noOutbox())
                .sort(new Document("createdAt", -1)).limit(5).forEach(d -> out.add(TransferDocuments.toTransfer(d)));
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

    /**
     * Completes the claim: the escalation that really holds the call (a new one if the joined one had closed).
     * Once per transfer: a repeated escalate (a second click, a crash before this write) emits nothing more.
     */
    void markEscalated(String id, String claimed, String placed, List<OutboxEvent<?>> events) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("escalationId", placed),
                Updates.set("status", Transfer.ESCALATED)));
        if (!events.isEmpty()) {
            changes.add(outbox.appendAll(events));
        }
        transfers.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("escalationId", claimed),
                Filters.ne("status", Transfer.ESCALATED)), Updates.combine(changes));
    }

    private static Document noOutbox() {
        return new Document(OutboxDocuments.OUTBOX, 0);
    }
}
