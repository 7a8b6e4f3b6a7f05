package vn.hotline1022.intake.callback;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.callback.domain.Callback;
import vn.hotline1022.intake.callback.domain.CallbackAttempt;
import vn.hotline1022.intake.callback.domain.CallbackStatus;
import vn.hotline1022.support.mongo.Inserts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@code callbacks}: one task per (call, answered escalation), id {@code <callId>:<escalationId>}, so a redelivered
 * answer adds nothing. It holds the caller's number (intake owns it), the call's time and question, the unit's
 * answer, the attempts and the status.
 */
@Component
class CallbackStore {

    private final MongoCollection<Document> callbacks;

    CallbackStore(MongoDatabase database) {
        this.callbacks = database.getCollection("callbacks");
        callbacks.createIndex(new Document("status", 1).append("callStartedAt", 1));
        callbacks.createIndex(new Document("callerNumber", 1).append("escalationId", 1));
        callbacks.createIndex(new Document("createdAt", 1));
    }

    static String id(String callId, String escalationId) {
        return callId + ":" + escalationId;
    }

    boolean insertIfAbsent(Callback task) {
        return Inserts.ifAbsent(callbacks, CallbackDocuments.toDocument(task));
    }

    /** Another task of the same caller for the same answer, which then carries it (one callback per caller). */
    Optional<Callback> sameCallerSameAnswer(String callerNumber, String escalationId, String exceptId) {
        return first(Filters.and(Filters.eq("callerNumber", callerNumber),
                Filters.eq("escalationId", escalationId), Filters.ne("_id", exceptId),
                Filters.ne("status", CallbackStatus.COVERED.name())));
    }

    List<Callback> byCall(String callId) {
        return list(callbacks.find(Filters.eq("callId", callId)));
    }

    Optional<Callback> find(String id) {
        return first(Filters.eq("_id", id));
    }

    List<Callback> byStatus(CallbackStatus status, int limit) {
        return list(callbacks.find(Filters.eq("status", status.name())).sort(Sorts.ascending("callStartedAt"))
                .limit(limit));
    }

    List<Callback> createdBetween(Instant from, Instant to) {
        return list(callbacks.find(Filters.and(Filters.gte("createdAt", Date.from(from)),
                Filters.lt("createdAt", Date.from(to)))));
    }

    Optional<Callback> pendingMissed(String callerNumber, String exceptId) {
        return first(Filters.and(Filters.eq("kind", Callback.MISSED),
                Filters.eq("callerNumber", callerNumber), Filters.eq("status", CallbackStatus.PENDING.name()),
                Filters.ne("_id", exceptId)));
    }

    /** Marks the number's pending (and covered) missed-call tasks DONE with the given attempt. */
    long closeMissed(String callerNumber, CallbackAttempt attempt, Instant now) {
        return callbacks.updateMany(Filters.and(Filters.eq("kind", Callback.MISSED),
                        Filters.eq("callerNumber", callerNumber),
                        Filters.in("status", CallbackStatus.PENDING.name(), CallbackStatus.COVERED.name())),
                Updates.combine(Updates.push("attempts", CallbackDocuments.toDocument(attempt)),
                        Updates.set("status", CallbackStatus.DONE.name()),
                        Updates.set("updatedAt", Date.from(now)))).getModifiedCount();
    }

    /** Records one attempt if nobody recorded another since it was read (attempt count as the guard). */
    boolean recordAttempt(String id, int attemptsSeen, CallbackAttempt attempt, CallbackStatus status, Instant now) {
        Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", CallbackStatus.PENDING.name()),
                Filters.size("attempts", attemptsSeen));
        return callbacks.updateOne(filter, Updates.combine(Updates.push("attempts", CallbackDocuments.toDocument(attempt)),
                Updates.set("status", status.name()),
                Updates.set("updatedAt", Date.from(now)))).getModifiedCount() == 1;
    }

    private Optional<Callback> first(Bson filter) {
        return Optional.ofNullable(callbacks.find(filter).first()).map(CallbackDocuments::toCallback);
    }

    private static List<Callback> list(Iterable<Document> found) {
        List<Callback> out = new ArrayList<>();
        found.forEach(d -> out.add(CallbackDocuments.toCallback(d)));
        return out;
    }
}
