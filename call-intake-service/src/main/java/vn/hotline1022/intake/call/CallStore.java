package vn.hotline1022.intake.call;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.FailedTransfer;
import vn.hotline1022.support.mongo.Inserts;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The calls collection. Each call document carries its own pending events (outbox), so a state change and its
 * events are always one single-document write: nothing is ever half-written.
 */
@Component
class CallStore {

    record Stored(Call call, String requestHash) {
    }

    private final MongoCollection<Document> calls;
    private final OutboxDocuments outbox;

    CallStore(MongoDatabase database, OutboxDocuments outbox) {
        this.calls = database.getCollection("calls");
        this.outbox = outbox;
        calls.createIndex(new Document("callerNumber", 1).append("startedAt", -1));
        calls.createIndex(new Document("startedAt", -1));
    }

    /** @return false when a call with this id exists already (an idempotent retry that lost the race) */
    boolean insert(Call call, String requestHash, List<OutboxEvent<?>> events) {
        Document doc = CallDocuments.toDocument(call, requestHash);
        doc.putAll(outbox.initial(events));
        return Inserts.ifAbsent(calls, doc);
    }

    Optional<Stored> find(String id) {
        Document d = calls.find(Filters.eq("_id", id)).first();
        return Optional.ofNullable(d).map(doc -> new Stored(CallDocuments.toCall(doc), doc.getString(
                CallDocuments.REQUEST_HASH)));
    }

    /** Closes only an OPEN call; @return false when it was not open any more (someone closed it first). */
    boolean close(Call closed, List<OutboxEvent<?>> events) {
        List<Bson> updates = new ArrayList<>();
        CallDocuments.closedFields(closed).forEach((k, v) -> updates.add(Updates.set(k, v)));
        updates.add(outbox.appendAll(events));
        return calls.updateOne(Filters.and(Filters.eq("_id", closed.id()), Filters.eq("status", "OPEN")),
                Updates.combine(updates)).getModifiedCount() == 1;
    }

    /**
     * Writes a call's questions after the caller asked another, with the events of it, only if the call is still
     * open with the questions it had when read: two tabs asking at once give one question, the other a conflict.
     */
    boolean askedAnother(Call updated, int questionsBefore, List<OutboxEvent<?>> events) {
        Bson unchanged = questionsBefore == 1
                ? Filters.or(Filters.exists(CallDocuments.QUESTIONS, false), Filters.size(CallDocuments.QUESTIONS, 1))
                : Filters.size(CallDocuments.QUESTIONS, questionsBefore);
        List<Bson> updates = new ArrayList<>(List.of(Updates.set(CallDocuments.QUESTIONS, CallDocuments.questions(updated))));
        if (!events.isEmpty()) {
            updates.add(outbox.appendAll(events));
        }
        return calls.updateOne(Filters.and(Filters.eq("_id", updated.id()), Filters.eq("status", "OPEN"), unchanged),
                Updates.combine(updates)).getModifiedCount() == 1;
    }

    /**
     * Adds a failed transfer once: the filter skips a call that already lists this transfer, so a redelivered
     * event changes nothing. @return false when the call is unknown or already lists it.
     */
    boolean addFailedTransfer(String callId, FailedTransfer transfer) {
        return calls.updateOne(Filters.and(Filters.eq("_id", callId),
                        Filters.ne(CallDocuments.FAILED_TRANSFERS + ".transferId", transfer.transferId())),
                Updates.push(CallDocuments.FAILED_TRANSFERS, CallDocuments.toDocument(transfer))).getModifiedCount() == 1;
    }

    boolean hasCallsSince(String callerNumber, Instant since) {
        return calls.find(Filters.and(Filters.eq("callerNumber", callerNumber),
                Filters.gte("startedAt", Date.from(since)))).limit(1).first() != null;
    }

    List<Call> history(String callerNumber, Instant since, int limit) {
        List<Call> result = new ArrayList<>();
        calls.find(Filters.and(Filters.eq("callerNumber", callerNumber), Filters.gte("startedAt", Date.from(since))))
                .sort(Sorts.descending("startedAt")).limit(limit).forEach(d -> result.add(CallDocuments.toCall(d)));
        return result;
    }

    List<Call> search(CallFilter filter, int page, int size) {
        List<Call> result = new ArrayList<>();
        calls.find(bson(filter)).sort(Sorts.orderBy(Sorts.descending("startedAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).forEach(d -> result.add(CallDocuments.toCall(d)));
        return result;
    }

    long count(CallFilter filter) {
        return calls.countDocuments(bson(filter));
    }

    private static Bson bson(CallFilter f) {
        List<Bson> and = new ArrayList<>();
        if (f.from() != null) {
            and.add(Filters.gte("startedAt", Date.from(f.from())));
        }
        if (f.to() != null) {
            and.add(Filters.lt("startedAt", Date.from(f.to())));
        }
        eq(and, "topic", f.topic());
        eq(and, "locality", f.locality());
        eq(and, "outcome", f.outcome());
        eq(and, "status", f.status());
        eq(and, "operator", f.operator());
        return and.isEmpty() ? Filters.empty() : Filters.and(and);
    }

    private static void eq(List<Bson> and, String field, String value) {
        if (value != null) {
            and.add(Filters.eq(field, value));
        }
    }
}
