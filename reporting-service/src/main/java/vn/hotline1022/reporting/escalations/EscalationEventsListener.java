package vn.hotline1022.reporting.escalations;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.contracts.events.EscalationOverdue;
import vn.hotline1022.contracts.events.EscalationRaised;

@Component
@RequiredArgsConstructor
class EscalationEventsListener {

    private final EventReader events;
    private final EscalationFactStore facts;

    /**
     * Raised escalations travel on one topic per unit; a pattern picks up units added later (the consumer
     * refreshes topic metadata every few seconds, see {@code metadata.max.age.ms}).
     */
    @KafkaListener(topicPattern = "hotline\\.escalations\\..*\\.v1",
            groupId = "${hotline.reporting.group-id:reporting-service}",
            properties = "metadata.max.age.ms=${hotline.reporting.escalation-topic-refresh-ms:10000}")
    void onRaised(String message) {
        if (events.typeOf(message).filter(t -> t != EventType.ESCALATION_RAISED).isPresent()) {
            return;     // the unit's reminders travel on the same topic; reporting counts escalations only
        }
        EventEnvelope<EscalationRaised> e = events.read(message, EventType.ESCALATION_RAISED);
        EscalationRaised r = e.payload();
        facts.raised(r.escalationId(), r.unitCode(), r.question(), r.topic(), r.locality(), r.dueAt(), r.callCount(),
                e.occurredAt());
    }

    @KafkaListener(topics = Topics.ESCALATION_ANSWERED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onAnswered(EventEnvelope<EscalationAnswered> e) {
        EscalationAnswered a = e.payload();
        facts.answered(a.escalationId(), a.unitCode(), a.question(), a.topic(), a.locality(), a.callIds().size(),
                e.occurredAt());
    }

    @KafkaListener(topics = Topics.ESCALATION_OVERDUE, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onOverdue(EventEnvelope<EscalationOverdue> e) {
        EscalationOverdue o = e.payload();
        facts.overdue(o.escalationId(), o.unitCode(), o.dueAt(), e.occurredAt());
    }
}
