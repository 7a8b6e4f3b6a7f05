package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.routing.infra.RejectedMessageException;

import java.util.regex.Pattern;

/** hotline.question.unanswered.v1 → an escalation (new or joined). Idempotent on eventId. */
@Component
@RequiredArgsConstructor
class UnansweredQuestionListener {

    private static final Logger log = LoggerFactory.getLogger(UnansweredQuestionListener.class);
    /** Codes become parts of unit topic names and rule keys. */
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final Escalations escalations;

    @KafkaListener(id = "routing-unanswered", topics = Topics.QUESTION_UNANSWERED, groupId = "routing-service")
    void on(EventEnvelope<QuestionUnanswered> e) {
        QuestionUnanswered q = e.payload();
        String eventId = e.eventId().toString();
        Escalations.Raised r = escalations.raise(new Escalations.NewQuestion(eventId,
                notBlank("payload.callId", q.callId()), notBlank("payload.question", q.question()),
                code("payload.topic", q.topic(), "OTHER"), code("payload.locality", q.locality(), "UNKNOWN"),
                q.askedAt(), null, questionNo(q.questionNo())));
        log.info("unanswered question {} → escalation {} ({}, {})", eventId, r.escalationId(), r.unitCode(), r.outcome());
    }

    private static String notBlank(String field, String value) {
        if (value.isBlank()) {
            throw new RejectedMessageException("routing.message.required", field);
        }
        return value;
    }

    /** A blank code means it was not recorded: the routing rules then fall back to what is known. */
    private static String code(String field, String value, String fallback) {
        if (value.isBlank()) {
            return fallback;
        }
        if (!CODE.matcher(value).matches()) {
            throw new RejectedMessageException("routing.message.code-format", field);
        }
        return value;
    }

    /** Absent or null (events of calls with one question) means the first. */
    private static int questionNo(Integer no) {
        if (no == null) {
            return 1;
        }
        if (no < 1 || no > 1000) {
            throw new RejectedMessageException("routing.message.question-no", "payload.questionNo");
        }
        return no;
    }
}
