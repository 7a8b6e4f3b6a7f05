package vn.hotline1022.reporting.knowledge;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.KnowledgeChanged;
import vn.hotline1022.contracts.events.KnowledgeSearchMissed;

@Component
@RequiredArgsConstructor
class KnowledgeEventsListener {

    private final KnowledgeFactStore facts;

    @KafkaListener(topics = Topics.KNOWLEDGE_CHANGED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onChanged(EventEnvelope<KnowledgeChanged> e) {
        KnowledgeChanged k = e.payload();
        facts.changed(k.entryId(), k.version(), k.status(), e.occurredAt());
    }

    @KafkaListener(topics = Topics.KNOWLEDGE_SEARCH_MISSED,
            groupId = "${hotline.reporting.group-id:reporting-service}")
    void onSearchMissed(EventEnvelope<KnowledgeSearchMissed> e) {
        KnowledgeSearchMissed m = e.payload();
        facts.searchMissed(e.eventId().toString(), m.query(), m.topic(), m.locality(), m.searchedAt());
    }
}
