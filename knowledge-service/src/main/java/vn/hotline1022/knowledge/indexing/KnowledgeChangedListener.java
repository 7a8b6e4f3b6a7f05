package vn.hotline1022.knowledge.indexing;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.InvalidEventException;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.KnowledgeChanged;
import vn.hotline1022.contracts.text.Messages;

/**
 * Every replica reads every knowledge change (a consumer group of its own, from the latest offset: it rebuilt
 * from MongoDB at start) and re-indexes the entry from MongoDB. Re-indexing is idempotent, so redelivery is harmless.
 */
@Component
@RequiredArgsConstructor
class KnowledgeChangedListener {

    private final IndexSync sync;

    @KafkaListener(topics = Topics.KNOWLEDGE_CHANGED, groupId = "knowledge-index-#{@indexInstance.id()}",
            properties = "auto.offset.reset=latest")
    void onChanged(EventEnvelope<KnowledgeChanged> event) {
        KnowledgeChanged changed = event.payload();
        if (changed.entryId().isBlank()) {
            throw new InvalidEventException("payload.entryId", Messages.vietnamese("knowledge.event.blank"));
        }
        sync.reindex(changed.entryId());
    }
}
