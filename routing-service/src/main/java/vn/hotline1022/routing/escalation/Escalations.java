package vn.hotline1022.routing.escalation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.rules.RoutingRules;
import vn.hotline1022.routing.rules.domain.RouteDecision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Raising escalations ({@link EscalationAnswers} answers them). A question first looks for an open escalation of the same unit, topic and
 * locality with similar wording and joins it; otherwise a new escalation is published to the unit's own topic.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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
    private final CallClaimStore claims;
    private final RoutingRules rules;
    private final Directory directory;
    private final EscalationProperties properties;
    private final SimilarEscalations similar;
    private final Clock clock;

    /**
     * Idempotent on the call (and on {@code source} for questions without a call): the same call arriving again, by
     * this path or the transfer's, redelivered or at the same moment, lands in the one escalation decided for it.
     */
    public Raised raise(NewQuestion q) {
        Optional<Escalation> seen = holding(q);
        if (seen.isPresent()) {
            return new Raised(seen.get().id(), seen.get().unitCode(), "DUPLICATE");
        }
        String newId = q.callId() == null ? UUID.randomUUID().toString() : idFor(q.callKey());
        String target = similarOpenId(q).orElse(newId);
        String placed = place(q, target, newId);
        Escalation e = store.find(placed).orElseThrow();
        boolean joined = e.calls().size() > 1;
        return new Raised(placed, e.unitCode(), joined ? "ATTACHED" : "RAISED");
    }

    /** The id of the escalation a call's question opens when it joins none: derived, so every path agrees on it. */
    public static String idFor(String callKey) {
        return UUID.nameUUIDFromBytes(("call:" + callKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private Optional<Escalation> holding(NewQuestion q) {
        Optional<Escalation> bySource = store.findBySource(q.source());
        return bySource.isPresent() || q.callId() == null ? bySource : store.findByCall(q.callId(), q.questionNo());
    }

    /** The unit a question goes to: the one named by the caller of this method, else the rules' choice. */
    public String unitFor(NewQuestion q) {
        return q.unitCode() != null ? q.unitCode() : responsibleUnit(q.topic(), q.locality());
    }

    /** The open escalation this question would join right now, if any (a decision, nothing is written). */
    public Optional<String> similarOpenId(NewQuestion q) {
        return similar.open(unitFor(q), q.topic(), q.locality(), q.question()).stream()
                .map(Escalation::id).findFirst();
    }

    /**
     * Puts the question where an earlier decision said: into {@code target} while it is still open, else into a
     * new escalation with the caller-chosen {@code newId}. Safe to repeat and to run twice at once: the attach is
     * guarded by the call's source, the insert by the id. Returns the escalation that holds the call.
     */
    public String place(NewQuestion q, String target, String newId) {
        if (q.callId() != null) {
            // the first path to reach this call decides where it goes; later ones follow that decision
            CallClaimStore.Claim claim = claims.claim(q.callKey(), target, newId, q.source(), clock.instant());
            target = claim.target();
            newId = claim.newId();
        }
        Optional<Escalation> seen = holding(q);
        if (seen.isPresent()) {
            return seen.get().id();
        }
        EscalatedCall call = call(q);
        if (target != null && !target.equals(newId) && attach(target, call)) {
            return target;
        }
        create(newId, unitFor(q), q.topic(), q.locality(), q.question(), List.of(call), "RAISED");
        return holding(q).map(Escalation::id).orElse(newId);
    }

    /**
     * Adds a call to an open escalation and, in the same write, queues a fresh {@code escalation.raised} (same key,
     * new callCount) so the unit's topic shows how many people are waiting. The write is guarded by the callCount
     * read, so the count in the event is exactly the stored one. True when the call is (now or already) attached.
     */
    boolean attach(String id, EscalatedCall call) {
        for (int retry = 0; retry < 5; retry++) {
            Escalation e = store.find(id).orElse(null);
            if (e == null || !e.stillOpen()) {
                return false;
            }
            if (e.holds(call.source(), call.callId())) {
                return true;
            }
            if (store.attach(e, call, clock.instant())) {
                return true;
            }
        }
        return false;
    }

    /** Inserts a new open escalation with its raised event; an existing {@code id} means it was already done. */
    String create(String id, String unit, String topic, String locality, String question, List<EscalatedCall> calls,
                  String action) {
        Instant now = clock.instant();
        Instant dueAt = properties.duePolicy().dueAt(now, directory.find(unit).map(Unit::escalationDue).orElse(null));
        store.insertIfAbsent(Escalation.open(id, unit, topic, locality, question, calls, now, dueAt, action), now);
        return id;
    }

    private static EscalatedCall call(NewQuestion q) {
        return new EscalatedCall(q.callId(), q.question(), q.askedAt(), q.source(),
                q.questionNo() > 1 ? q.questionNo() : null);
    }

    private String responsibleUnit(String topic, String locality) {
        RouteDecision d = rules.route(topic, locality);
        return d.resolved() ? d.primary().code() : properties.fallbackUnit();
    }

}
