package vn.hotline1022.routing.escalation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.contracts.events.EscalationDueSoon;
import vn.hotline1022.contracts.events.EscalationOverdue;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.escalation.domain.HistoryLine;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;
import vn.hotline1022.support.mongo.Criteria;
import vn.hotline1022.support.mongo.Inserts;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static vn.hotline1022.routing.escalation.EscalationDocuments.date;

/**
 * {@code escalations}: the question, its attached calls (call id, wording, source event id — never a phone
 * number), the answer, callbacks, history, and its pending events, all in one document. Every change is one
 * conditional single-document write carrying its history line and its events (no multi-document transactions:
 * the embedded test server has none), guarded by what the caller read, so a false answer means "changed meanwhile".
 */
@Component
class EscalationStore {

    private final MongoCollection<Document> escalations;
    private final OutboxDocuments outbox;
    private final RaisedEvents raised;

    EscalationStore(MongoDatabase database, OutboxDocuments outbox, RaisedEvents raised) {
        this.escalations = database.getCollection("escalations");
        this.outbox = outbox;
        this.raised = raised;
        escalations.createIndex(new Document("calls.source", 1));
        escalations.createIndex(new Document("calls.callId", 1));
        escalations.createIndex(new Document("unitCode", 1).append("status", 1));
        escalations.createIndex(new Document("callbacksPending", 1));
    }

    /** Inserts with its raised event; false (nothing written) when an escalation with this id already exists. */
    boolean insertIfAbsent(Escalation escalation, Instant now) {
        Document doc = EscalationDocuments.toDocument(escalation);
        doc.putAll(outbox.initial(raised.event(escalation, now)));
        return Inserts.ifAbsent(escalations, doc);
    }

    Optional<Escalation> find(String id) {
        return first(Filters.eq("_id", id));
    }

    /** The escalation a request names by its path id: a 404 when there is none. */
    Escalation require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("routing.escalation.not-found", id));
    }

    /** The escalation holding this question of the call; a call's first question carries no number (as before). */
    Optional<Escalation> findByCall(String callId, int questionNo) {
        Bson question = questionNo <= 1 ? Filters.exists("questionNo", false) : Filters.eq("questionNo", questionNo);
        return first(Filters.elemMatch("calls", Filters.and(Filters.eq("callId", callId), question)));
    }

    Optional<Escalation> findBySource(String source) {
        return first(Filters.eq("calls.source", source));
    }

    List<Escalation> findOpen(String unitCode, String topic, String locality) {
        return list(Filters.and(Filters.eq("unitCode", unitCode), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("topic", topic), Filters.eq("locality", locality)), 200, false);
    }

    /** Newest first; a null criterion does not filter. */
    List<Escalation> list(String unit, String status, Instant from, Instant to, int limit) {
        return list(new Criteria().eq("unitCode", unit).eq("status", status).within("createdAt", from, to).filter(), limit,
                true);
    }

    List<Escalation> open(int limit) {
        return list(Filters.eq("status", EscalationStatus.OPEN.name()), limit, true);
    }

    List<Escalation> overdueNotReported(Instant now, int limit) {
        return list(Filters.and(EscalationDocuments.open(), Filters.lt("dueAt", date(now)), Filters.ne("overdueNotified", true)), limit,
                true);
    }

    List<Escalation> dueSoonNotReminded(Instant now, Instant until, int limit) {
        return list(Filters.and(EscalationDocuments.open(), Filters.gte("dueAt", date(now)), Filters.lte("dueAt", date(until)),
                Filters.ne("dueSoonNotified", true)), limit, true);
    }

    /** Adds a call, guarded by the count read so the raised event carries exactly the stored count. */
    boolean attach(Escalation seen, EscalatedCall call, Instant now) {
        int count = seen.callsCounted() + 1;
        Bson filter = Filters.and(Filters.eq("_id", seen.id()), EscalationDocuments.open(), Filters.eq("callCount", seen.callCount()),
                Filters.ne("calls.source", call.source()),
                call.callId() == null ? new Document() : Filters.ne("calls.callId", call.callId()));
        return update(filter, List.of(Updates.push("calls", EscalationDocuments.toDocument(call)),
                Updates.set("callCount", count)), List.of(raised.event(seen.withCount(count), now)));
    }

    /** Closes it with the answer, the callbacks to make and the answered event, if nothing changed since read. */
    boolean answer(Escalation seen, String answer, String answeredBy, String eventId, EscalationAnswered event,
                   Instant now) {
        List<Document> callbacks = seen.calls().stream().map(c -> new Document("callId", c.callId())
                .append("question", c.question()).append("done", false)).toList();
        return update(EscalationDocuments.guarded(seen), List.of(Updates.set("status", EscalationStatus.ANSWERED.name()),
                Updates.set("answer", answer), Updates.set("answeredBy", answeredBy),
                Updates.set("answeredAt", date(now)), Updates.set("answerEventId", eventId),
                Updates.set("callbacks", callbacks), Updates.set("callbacksPending", !callbacks.isEmpty()),
                EscalationDocuments.history(HistoryLine.of("ANSWERED", answeredBy, now))),
                List.of(OutboxEvent.of(EventType.ESCALATION_ANSWERED, seen.id(), event, now)));
    }

    /** To another unit with its due time, if still open with the unit read. */
    boolean reassign(Escalation seen, String unitCode, Instant dueAt, String reason, String by, Instant now) {
        Bson filter = Filters.and(Filters.eq("_id", seen.id()), EscalationDocuments.open(), Filters.eq("unitCode", seen.unitCode()));
        return update(filter, List.of(Updates.set("unitCode", unitCode), Updates.set("dueAt", date(dueAt)),
                Updates.set("overdueNotified", false),
                EscalationDocuments.history(HistoryLine.of("REASSIGNED", by, now).reassigned(seen.unitCode(), unitCode, reason))),
                List.of(raised.event(seen.movedTo(unitCode, dueAt), now)));
    }

    /** Once per escalation past its due time, with the event for the supervisors. */
    boolean reportOverdue(Escalation e, Instant now) {
        return update(Filters.and(Filters.eq("_id", e.id()), EscalationDocuments.open(), Filters.ne("overdueNotified", true)),
                List.of(Updates.set("overdueNotified", true), Updates.set("overdueAt", date(now))),
                List.of(OutboxEvent.of(EventType.ESCALATION_OVERDUE, e.id(),
                        new EscalationOverdue(e.id(), e.unitCode(), e.dueAt()), now)));
    }

    /** Once per escalation soon due, with the reminder on the unit's own topic. */
    boolean remindDueSoon(Escalation e, Instant now) {
        return update(Filters.and(Filters.eq("_id", e.id()), EscalationDocuments.open(), Filters.ne("dueSoonNotified", true)),
                List.of(Updates.set("dueSoonNotified", true), Updates.set("dueSoonAt", date(now))),
                List.of(OutboxEvent.to(EventType.ESCALATION_DUE_SOON, Topics.escalationsFor(e.unitCode()), e.id(),
                        new EscalationDueSoon(e.id(), e.unitCode(), e.question(), e.dueAt()), now)));
    }

    /** One conditional write: the change, its history line and its events together, or nothing. */
    boolean update(Bson filter, List<Bson> changes, List<? extends OutboxEvent<?>> events) {
        List<Bson> all = new ArrayList<>(changes);
        if (!events.isEmpty()) {
            all.add(outbox.appendAll(events));
        }
        return escalations.updateOne(filter, Updates.combine(all)).getModifiedCount() == 1;
    }

    private Optional<Escalation> first(Bson filter) {
        return Optional.ofNullable(escalations.find(filter).projection(noOutbox()).first())
                .map(EscalationDocuments::toEscalation);
    }

    List<Escalation> list(Bson filter, int limit, boolean newestFirst) {
        var found = escalations.find(filter).projection(noOutbox());
        if (newestFirst) {
            found = found.sort(Sorts.descending("createdAt"));
        }
        List<Escalation> out = new ArrayList<>();
        found.limit(limit).forEach(d -> out.add(EscalationDocuments.toEscalation(d)));
        return out;
    }

    private static Document noOutbox() {
        return new Document(OutboxDocuments.OUTBOX, 0);
    }
}
