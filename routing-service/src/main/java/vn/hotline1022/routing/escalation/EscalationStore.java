package vn.hotline1022.routing.escalation;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.outbox.OutboxDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code escalations}: the question, its attached calls (call id, wording, source event id — never a phone
 * number), the answer, callbacks, history, and its pending events, all in one document.
 */
@Component
class EscalationStore {

    private final MongoCollection<Document> escalations;
    private final OutboxDocuments outbox;

    EscalationStore(MongoDatabase database, OutboxDocuments outbox) {
        this.escalations = database.getCollection("escalations");
        this.outbox = outbox;
        escalations.createIndex(new Document("calls.source", 1));
        escalations.createIndex(new Document("calls.callId", 1));
        escalations.createIndex(new Document("unitCode", 1).append("status", 1));
        escalations.createIndex(new Document("callbacksPending", 1));
    }

    /** Inserts with its first event; false (nothing written) when an escalation with this id already exists. */
    boolean insertIfAbsent(Document escalation, Document event) {
        Document doc = new Document(escalation);
        doc.putAll(outbox.initial(event));
        try {
            escalations.insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    Optional<Document> find(String id) {
        return Optional.ofNullable(escalations.find(Filters.eq("_id", id)).projection(noOutbox()).first());
    }

    /** The escalation holding this call, whichever path brought it. */
    /** The escalation holding this question of the call; a call's first question carries no number (as before). */
    Optional<Document> findByCall(String callId, int questionNo) {
        Bson question = questionNo <= 1 ? Filters.exists("questionNo", false) : Filters.eq("questionNo", questionNo);
        return Optional.ofNullable(escalations.find(Filters.elemMatch("calls",
                Filters.and(Filters.eq("callId", callId), question))).projection(noOutbox()).first());
    }

    Optional<Document> findBySource(String source) {
        return Optional.ofNullable(escalations.find(Filters.eq("calls.source", source)).projection(noOutbox()).first());
    }

    List<Document> findOpen(String unitCode, String topic, String locality) {
        return escalations.find(Filters.and(Filters.eq("unitCode", unitCode), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("topic", topic), Filters.eq("locality", locality))).projection(noOutbox()).limit(200)
                .into(new ArrayList<>());
    }

    List<Document> find(Bson filter, int limit) {
        return escalations.find(filter).projection(noOutbox()).sort(Sorts.descending("createdAt")).limit(limit)
                .into(new ArrayList<>());
    }

    /** One conditional write: the change, its history line and its events together, or nothing. */
    boolean update(Bson filter, List<Bson> changes, List<Document> events) {
        List<Bson> all = new ArrayList<>(changes);
        if (!events.isEmpty()) {
            all.add(outbox.appendAll(events));
        }
        return escalations.updateOne(filter, Updates.combine(all)).getModifiedCount() == 1;
    }

    private static Document noOutbox() {
        return new Document(OutboxDocuments.OUTBOX, 0);
    }
}
