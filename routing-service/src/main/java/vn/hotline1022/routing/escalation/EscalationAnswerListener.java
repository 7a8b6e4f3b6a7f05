package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationAnswerSubmitted;
import vn.hotline1022.routing.escalation.domain.AnswerSubmission;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.infra.RejectedMessageException;

import java.util.List;

/**
 * Answers produced by unit systems. Any unit may write to the shared topic, so an answer counts only when its
 * unitCode is the unit the escalation is assigned to; anything else is rejected to the DLT with the reason.
 */
@Component
@RequiredArgsConstructor
class EscalationAnswerListener {

    private static final Logger log = LoggerFactory.getLogger(EscalationAnswerListener.class);

    private final EscalationAnswers answers;
    private final EscalationStore store;

    @KafkaListener(id = "routing-answers", topics = Topics.ESCALATION_ANSWERS, groupId = "routing-service")
    void on(EventEnvelope<EscalationAnswerSubmitted> submitted) {
        AnswerSubmission s = parse(submitted);
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new RejectedMessageException("routing.message.schema", String.join("; ", problems));
        }
        Escalation e = store.find(s.escalationId())
                .orElseThrow(() -> new RejectedMessageException("routing.message.unknown-escalation",
                        s.escalationId()));
        if (!s.unitCode().equals(e.unitCode())) {
            throw new RejectedMessageException("routing.message.wrong-unit", s.unitCode());
        }
        // answers applied before events were read as UUIDs kept the unit's spelling of the id
        if (s.eventId().equalsIgnoreCase(e.answerEventId())) {
            return; // redelivery of an answer already applied
        }
        if (!e.stillOpen()) {
            throw new RejectedMessageException("routing.message.not-open", e.status().name());
        }
        answers.answer(s.escalationId(), s.answer().strip(), s.answeredBy().strip(), s.eventId())
                .orElseThrow(() -> new RejectedMessageException("routing.message.answered-or-merged"));
        log.info("escalation {} answered by unit {} via Kafka", s.escalationId(), s.unitCode());
    }

    /** Already read against the contract (a break is parked with the field named); routing's own rules follow. */
    private static AnswerSubmission parse(EventEnvelope<EscalationAnswerSubmitted> e) {
        EscalationAnswerSubmitted a = e.payload();
        return new AnswerSubmission(e.eventId().toString(), e.type(), a.escalationId(), a.unitCode(), a.answer(),
                a.answeredBy());
    }
}
