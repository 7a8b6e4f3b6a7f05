package vn.hotline1022.routing.escalation;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.escalation.domain.AnswerSubmission;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.infra.RejectedMessageException;

import java.util.List;

/**
 * Answers produced by unit systems. Any unit may write to the shared topic, so an answer counts only when its
 * unitCode is the unit the escalation is assigned to; anything else is rejected to the DLT with the reason.
 */
@Component
class EscalationAnswerListener {

    private static final Logger log = LoggerFactory.getLogger(EscalationAnswerListener.class);

    private final Escalations escalations;
    private final EscalationStore store;
    private final JsonMapper json;

    EscalationAnswerListener(Escalations escalations, EscalationStore store, JsonMapper json) {
        this.escalations = escalations;
        this.store = store;
        this.json = json;
    }

    @KafkaListener(id = "routing-answers", topics = Topics.ESCALATION_ANSWERS, groupId = "routing-service")
    void on(String value) {
        AnswerSubmission s = parse(value);
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new RejectedMessageException("Sai lược đồ: " + String.join("; ", problems));
        }
        Document e = store.find(s.escalationId())
                .orElseThrow(() -> new RejectedMessageException("UNKNOWN_ESCALATION: không có kiến nghị " + s.escalationId()));
        if (!s.unitCode().equals(e.getString("unitCode"))) {
            throw new RejectedMessageException("WRONG_UNIT: kiến nghị không thuộc đơn vị " + s.unitCode());
        }
        if (s.eventId().equals(e.getString("answerEventId"))) {
            return; // redelivery of an answer already applied
        }
        if (!EscalationStatus.OPEN.name().equals(e.getString("status"))) {
            throw new RejectedMessageException("NOT_OPEN: kiến nghị đang ở trạng thái " + e.getString("status"));
        }
        escalations.answer(s.escalationId(), s.answer().strip(), s.answeredBy().strip(), s.eventId())
                .orElseThrow(() -> new RejectedMessageException("NOT_OPEN: kiến nghị vừa được trả lời hoặc gộp"));
        log.info("escalation {} answered by unit {} via Kafka", s.escalationId(), s.unitCode());
    }

    private AnswerSubmission parse(String value) {
        try {
            JsonNode n = json.readTree(value);
            JsonNode p = n.path("payload");
            return new AnswerSubmission(text(n, "eventId"), text(n, "type"), text(p, "escalationId"),
                    text(p, "unitCode"), text(p, "answer"), text(p, "answeredBy"));
        } catch (JacksonException e) {
            throw new RejectedMessageException("MALFORMED_JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isString() ? null : v.asString();
    }
}
