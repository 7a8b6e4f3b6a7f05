package vn.hotline1022.knowledge.indexing;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;

/**
 * Every replica reads every knowledge change (a consumer group of its own, from the latest offset: it rebuilt
 * from MongoDB at start) and re-indexes the entry from MongoDB. Re-indexing is idempotent, so redelivery is harmless.
 */
@Component
class KnowledgeChangedListener {

    private final IndexSync sync;
    private final JsonMapper json;

    KnowledgeChangedListener(IndexSync sync, JsonMapper json) {
        this.sync = sync;
        this.json = json;
    }

    @KafkaListener(topics = Topics.KNOWLEDGE_CHANGED, groupId = "knowledge-index-#{@indexInstance.id()}",
            properties = "auto.offset.reset=latest")
    void onChanged(String message) {
        JsonNode payload = json.readTree(message).path("payload");
        String entryId = payload.path("entryId").asString(null);
        if (entryId == null || entryId.isBlank()) {
            throw new IllegalArgumentException("knowledge.changed without entryId");
        }
        sync.reindex(entryId);
    }
}
