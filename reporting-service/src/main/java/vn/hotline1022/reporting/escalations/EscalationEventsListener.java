package vn.hotline1022.reporting.escalations;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.reporting.infra.Envelope;

@Component
class EscalationEventsListener {

    private final JsonMapper json;
    private final EscalationFacts facts;

    EscalationEventsListener(JsonMapper json, EscalationFacts facts) {
        this.json = json;
        this.facts = facts;
    }

    /**
     * Raised escalations travel on one topic per unit; a pattern picks up units added later (the consumer
     * refreshes topic metadata every few seconds, see {@code metadata.max.age.ms}).
     */
    @KafkaListener(topicPattern = "hotline\\.escalations\\..*\\.v1",
            groupId = "${hotline.reporting.group-id:reporting-service}",
            properties = "metadata.max.age.ms=${hotline.reporting.escalation-topic-refresh-ms:10000}")
    void onRaised(String message) {
        Envelope e = Envelope.parse(json, message);
        facts.raised(e.text("escalationId"), e.text("unitCode"), e.text("question"), e.optionalText("topic"),
                e.optionalText("locality"), e.instant("dueAt"), e.payload().path("callCount").asInt(1),
                e.occurredAt());
    }

    @KafkaListener(topics = Topics.ESCALATION_ANSWERED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onAnswered(String message) {
        Envelope e = Envelope.parse(json, message);
        facts.answered(e.text("escalationId"), e.text("unitCode"), e.optionalText("question"),
                e.optionalText("topic"), e.optionalText("locality"), e.payload().path("callIds").size(),
                e.occurredAt());
    }

    @KafkaListener(topics = Topics.ESCALATION_OVERDUE, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onOverdue(String message) {
        Envelope e = Envelope.parse(json, message);
        facts.overdue(e.text("escalationId"), e.text("unitCode"), e.instant("dueAt"), e.occurredAt());
    }
}
