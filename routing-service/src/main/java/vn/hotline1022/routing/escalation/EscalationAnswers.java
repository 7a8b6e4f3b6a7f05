package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A unit's answer closes its escalation; the callers are then called back with it. */
@Component
@RequiredArgsConstructor
class EscalationAnswers {

    private final EscalationStore store;
    private final EscalationMetrics metrics;
    private final Clock clock;

    /**
     * Closes an open escalation with its answer and queues the callbacks and the answered event in the same write.
     * Returns empty when the escalation is no longer open.
     */
    Optional<Escalation> answer(String id, String answer, String answeredBy, String eventId) {
        for (int retry = 0; retry < 5; retry++) {
            Escalation e = store.find(id).orElse(null);
            if (e == null || !e.stillOpen()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            List<String> callIds = e.calls().stream().map(EscalatedCall::callId).distinct().toList();
            EscalationAnswered event = new EscalationAnswered(id, e.unitCode(), e.question(), answer, e.topic(),
                    e.locality(), callIds);
            if (store.answer(e, answer, answeredBy, eventId, event, now)) {
                metrics.answered(e.unitCode());
                return store.find(id);
            }
        }
        return Optional.empty();
    }
}
