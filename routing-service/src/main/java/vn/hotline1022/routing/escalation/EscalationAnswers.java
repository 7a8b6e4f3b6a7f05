package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.outbox.OutboxDocuments;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** A unit's answer closes its escalation; the callers are then called back with it. */
@Component
class EscalationAnswers {

    private final EscalationStore store;
    private final OutboxDocuments outbox;
    private final EscalationMetrics metrics;
    private final Clock clock;

    EscalationAnswers(EscalationStore store, OutboxDocuments outbox, EscalationMetrics metrics, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Closes an open escalation with its answer and queues the callbacks and the answered event in the same write.
     * Returns empty when the escalation is no longer open.
     */
    Optional<Document> answer(String id, String answer, String answeredBy, String eventId) {
        for (int retry = 0; retry < 5; retry++) {
            Document e = store.find(id).orElse(null);
            if (e == null || !EscalationStatus.OPEN.name().equals(e.getString("status"))) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            List<Document> calls = e.getList("calls", Document.class, List.of());
            List<String> callIds = calls.stream().map(c -> c.getString("callId")).distinct().toList();
            List<Document> callbacks = calls.stream().map(c -> new Document("callId", c.getString("callId"))
                    .append("question", c.getString("question")).append("done", false)).toList();
            Document event = outbox.entry(EventType.ESCALATION_ANSWERED, id,
                    new EscalationAnswered(id, e.getString("unitCode"), e.getString("question"), answer,
                            e.getString("topic"), e.getString("locality"), callIds), now);
            Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                    Filters.eq("callCount", e.getInteger("callCount")));
            boolean done = store.update(filter, List.of(Updates.set("status", EscalationStatus.ANSWERED.name()),
                    Updates.set("answer", answer), Updates.set("answeredBy", answeredBy),
                    Updates.set("answeredAt", Date.from(now)), Updates.set("answerEventId", eventId),
                    Updates.set("callbacks", callbacks), Updates.set("callbacksPending", !callbacks.isEmpty()),
                    Updates.push("history", Escalations.history("ANSWERED", answeredBy, now))), List.of(event));
            if (done) {
                metrics.answered(e.getString("unitCode"));
                return store.find(id);
            }
        }
        return Optional.empty();
    }
}
