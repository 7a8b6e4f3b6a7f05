package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Service;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.rules.RoutingRules;
import vn.hotline1022.routing.rules.domain.RouteDecision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Raising escalations ({@link EscalationAnswers} answers them). A question first looks for an open escalation of the same unit, topic and
 * locality with similar wording and joins it; otherwise a new escalation is published to the unit's own topic.
 */
@Service
public class Escalations {

    /**
     * A question to escalate. {@code questionNo} is which of the call's questions it is (from 1): a call may escalate
     * several different questions, each once, so the call's key for dedupe is the call and the question.
     */
    public record NewQuestion(String source, String callId, String question, String topic, String locality,
                              Instant askedAt, String unitCode, int questionNo) {

        public NewQuestion(String source, String callId, String question, String topic, String locality,
                           Instant askedAt, String unitCode) {
            this(source, callId, question, topic, locality, askedAt, unitCode, 1);
        }

        public NewQuestion {
            questionNo = Math.max(1, questionNo);
        }

        /** The call's first question keeps the bare call id, as before calls held several questions. */
        public String callKey() {
            return callId == null ? null : questionNo == 1 ? callId : callId + "#" + questionNo;
        }
    }

    public record Raised(String escalationId, String unitCode, String outcome) {
    }

    private final EscalationStore store;
    private final CallClaims claims;
    private final RoutingRules rules;
    private final Directory directory;
    private final RaisedEventDocuments raised;
    private final EscalationProperties properties;
    private final SimilarEscalations similar;
    private final Clock clock;

    Escalations(EscalationStore store, CallClaims claims, RoutingRules rules, Directory directory, RaisedEventDocuments raised,
                EscalationProperties properties, SimilarEscalations similar, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.rules = rules;
        this.directory = directory;
        this.raised = raised;
        this.properties = properties;
        this.similar = similar;
        this.clock = clock;
    }

    /**
     * Idempotent on the call (and on {@code source} for questions without a call): the same call arriving again, by
     * this path or the transfer's, redelivered or at the same moment, lands in the one escalation decided for it.
     */
    public Raised raise(NewQuestion q) {
        Optional<Document> seen = holding(q);
        if (seen.isPresent()) {
            return new Raised(seen.get().getString("_id"), seen.get().getString("unitCode"), "DUPLICATE");
        }
        String newId = q.callId() == null ? UUID.randomUUID().toString() : idFor(q.callKey());
        String target = similarOpenId(q).orElse(newId);
        String placed = place(q, target, newId);
        Document e = store.find(placed).orElseThrow();
        boolean joined = e.getList("calls", Document.class, List.of()).size() > 1;
        return new Raised(placed, e.getString("unitCode"), joined ? "ATTACHED" : "RAISED");
    }

    /** The id of the escalation a call's question opens when it joins none: derived, so every path agrees on it. */
    public static String idFor(String callKey) {
        return UUID.nameUUIDFromBytes(("call:" + callKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private Optional<Document> holding(NewQuestion q) {
        Optional<Document> bySource = store.findBySource(q.source());
        return bySource.isPresent() || q.callId() == null ? bySource : store.findByCall(q.callId(), q.questionNo());
    }

    /** The unit a question goes to: the one named by the caller of this method, else the rules' choice. */
    public String unitFor(NewQuestion q) {
        return q.unitCode() != null ? q.unitCode() : responsibleUnit(q.topic(), q.locality());
    }

    /** The open escalation this question would join right now, if any (a decision, nothing is written). */
    public Optional<String> similarOpenId(NewQuestion q) {
        return similar.open(unitFor(q), q.topic(), q.locality(), q.question()).stream()
                .map(e -> e.getString("_id")).findFirst();
    }

    /**
     * Puts the question where an earlier decision said: into {@code target} while it is still open, else into a
     * new escalation with the caller-chosen {@code newId}. Safe to repeat and to run twice at once: the attach is
     * guarded by the call's source, the insert by the id. Returns the escalation that holds the call.
     */
    public String place(NewQuestion q, String target, String newId) {
        if (q.callId() != null) {
            // the first path to reach this call decides where it goes; later ones follow that decision
            CallClaims.Claim claim = claims.claim(q.callKey(), target, newId, q.source(), clock.instant());
            target = claim.target();
            newId = claim.newId();
        }
        Optional<Document> seen = holding(q);
        if (seen.isPresent()) {
            return seen.get().getString("_id");
        }
        Document call = call(q);
        if (target != null && !target.equals(newId) && attach(target, call)) {
            return target;
        }
        create(newId, unitFor(q), q.topic(), q.locality(), q.question(), List.of(call), "RAISED");
        return holding(q).map(e -> e.getString("_id")).orElse(newId);
    }

    /**
     * Adds a call to an open escalation and, in the same write, queues a fresh {@code escalation.raised} (same key,
     * new callCount) so the unit's topic shows how many people are waiting. The write is guarded by the callCount
     * read, so the count in the event is exactly the stored one. True when the call is (now or already) attached.
     */
    boolean attach(String id, Document call) {
        for (int retry = 0; retry < 5; retry++) {
            Document e = store.find(id).orElse(null);
            if (e == null || !EscalationStatus.OPEN.name().equals(e.getString("status"))) {
                return false;
            }
            String source = call.getString("source");
            String callId = call.getString("callId");
            if (e.getList("calls", Document.class, List.of()).stream().anyMatch(c -> source.equals(c.getString("source"))
                    || (callId != null && callId.equals(c.getString("callId"))))) {
                return true;
            }
            int count = e.getInteger("callCount", 0) + 1;
            Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                    Filters.eq("callCount", e.getInteger("callCount")), Filters.ne("calls.source", source),
                    callId == null ? new Document() : Filters.ne("calls.callId", callId));
            if (store.update(filter, List.of(Updates.push("calls", call), Updates.set("callCount", count)),
                    List.of(raised.event(new Document(e).append("callCount", count), clock.instant())))) {
                return true;
            }
        }
        return false;
    }

    /** Inserts a new open escalation with its raised event; an existing {@code id} means it was already done. */
    String create(String id, String unit, String topic, String locality, String question, List<Document> calls,
                  String action) {
        Instant now = clock.instant();
        Instant dueAt = properties.duePolicy().dueAt(now, directory.find(unit).map(Unit::escalationDue).orElse(null));
        Document doc = new Document("_id", id).append("unitCode", unit).append("topic", topic)
                .append("locality", locality).append("question", question)
                .append("status", EscalationStatus.OPEN.name()).append("createdAt", Date.from(now))
                .append("dueAt", Date.from(dueAt)).append("calls", new ArrayList<>(calls)).append("callCount", calls.size())
                .append("history", List.of(history(action, "routing-service", now).append("unitCode", unit)));
        store.insertIfAbsent(doc, raised.event(doc, now));
        return id;
    }

    private static Document call(NewQuestion q) {
        Document call = new Document("callId", q.callId()).append("question", q.question())
                .append("askedAt", Date.from(q.askedAt())).append("source", q.source());
        return q.questionNo() > 1 ? call.append("questionNo", q.questionNo()) : call;
    }

    static Document history(String action, String by, Instant at) {
        return new Document("at", Date.from(at)).append("action", action).append("by", by);
    }

    private String responsibleUnit(String topic, String locality) {
        RouteDecision d = rules.route(topic, locality);
        return d.resolved() ? d.primary().code() : properties.fallbackUnit();
    }

}
