package vn.hotline1022.intake.callback;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationAnswered;

/** Maps routing's escalation.answered into intake's callback tasks (one per call it answers). */
@Component
@RequiredArgsConstructor
class EscalationAnsweredListener {

    private final Callbacks callbacks;

    @KafkaListener(id = "intake-callbacks", topics = Topics.ESCALATION_ANSWERED, groupId = "call-intake-service")
    void onAnswered(EventEnvelope<EscalationAnswered> e) {
        EscalationAnswered a = e.payload();
        callbacks.answered(a.escalationId(), a.unitCode(), a.question(), a.answer(), a.callIds(), e.occurredAt());
    }
}
