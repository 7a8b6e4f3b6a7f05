package vn.hotline1022.knowledge.escalation;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.InvalidEventException;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.contracts.text.Messages;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryOrigin;
import vn.hotline1022.knowledge.domain.EntryStatus;
import vn.hotline1022.knowledge.domain.Vocabulary;
import vn.hotline1022.knowledge.entry.EntryStore;

import java.util.List;

/**
 * A unit's written answer becomes a DRAFT entry for supervisors to approve. The entry id is derived from the
 * escalation, so a redelivered event (same eventId) or a replay finds it already there and changes nothing.
 */
@Component
@RequiredArgsConstructor
class EscalationAnsweredListener {

    private static final Logger log = LoggerFactory.getLogger(EscalationAnsweredListener.class);

    private final EntryStore store;

    @KafkaListener(topics = Topics.ESCALATION_ANSWERED, groupId = "${spring.kafka.consumer.group-id}")
    void onAnswered(EventEnvelope<EscalationAnswered> e) {
        EscalationAnswered a = e.payload();
        if (a.answer().isBlank()) {
            throw new InvalidEventException("payload.answer", Messages.vietnamese("knowledge.event.blank"));
        }
        String eventId = e.eventId().toString();
        // the unit's words may name a topic or district the knowledge base does not use: the supervisor sets it
        EntryContent content = new EntryContent(null, a.question(), a.answer(), List.of(),
                Vocabulary.TOPICS.contains(a.topic()) ? a.topic() : "OTHER", List.of(),
                Vocabulary.DISTRICTS.contains(a.locality()) ? List.of(a.locality()) : List.of(),
                a.unitCode(), null, null, null, null,
                Messages.vietnamese("knowledge.escalation.draft-note", a.escalationId()), List.of());
        if (store.createIfNew(content, EntryStatus.DRAFT, "system:escalation",
                EntryOrigin.escalation(a.escalationId(), eventId, a.callIds())).isEmpty()) {
            log.debug("escalation {} already has its draft entry (event {})", a.escalationId(), eventId);
        }
    }
}
