package vn.hotline1022.routing.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.infra.RejectedMessageException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** hotline.question.unanswered.v1 → an escalation (new or joined). Idempotent on eventId. */
@Component
class UnansweredQuestionListener {

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestionListener.class);

    private final Escalations escalations;
    private final JsonMapper json;

    UnansweredQuestionListener(Escalations escalations, JsonMapper json) {
        this.escalations = escalations;
        this.json = json;
    }

    @KafkaListener(id = "routing-unanswered", topics = Topics.QUESTION_UNANSWERED, groupId = "routing-service")
    void on(String value) {
        JsonNode envelope = json.readTree(value);
        if (!EventType.QUESTION_UNANSWERED.logicalName().equals(text(envelope, "type"))) {
            throw new RejectedMessageException("type: cần " + EventType.QUESTION_UNANSWERED.logicalName());
        }
        String eventId = required(envelope, "eventId");
        JsonNode p = envelope.path("payload");
        Escalations.Raised r = escalations.raise(new Escalations.NewQuestion(eventId, required(p, "callId"),
                required(p, "question"), code(p, "topic", "OTHER"), code(p, "locality", "UNKNOWN"), askedAt(p), null,
                questionNo(p)));
        log.info("unanswered question {} → escalation {} ({}, {})", eventId, r.escalationId(), r.unitCode(), r.outcome());
    }

    private static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            throw new RejectedMessageException(field + ": bắt buộc");
        }
        return v;
    }

    private static String code(JsonNode node, String field, String fallback) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.matches("^[A-Z][A-Z0-9_]*$")) {
            throw new RejectedMessageException(field + ": mã sai định dạng");
        }
        return v;
    }

    /** Absent or null (events of calls with one question) means the first. */
    private static int questionNo(JsonNode p) {
        JsonNode v = p.get("questionNo");
        if (v == null || v.isNull()) {
            return 1;
        }
        if (!v.isIntegralNumber() || v.asInt() < 1 || v.asInt() > 1000) {
            throw new RejectedMessageException("questionNo: cần số nguyên từ 1");
        }
        return v.asInt();
    }

    private static Instant askedAt(JsonNode p) {
        try {
            String v = text(p, "askedAt");
            return v == null ? Instant.now() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new RejectedMessageException("askedAt: không phải thời điểm ISO-8601");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
