package vn.hotline1022.reporting.knowledge;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.reporting.infra.Envelope;

import java.time.Instant;

@Component
class KnowledgeEventsListener {

    private final JsonMapper json;
    private final KnowledgeFacts facts;

    KnowledgeEventsListener(JsonMapper json, KnowledgeFacts facts) {
        this.json = json;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.KNOWLEDGE_CHANGED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onChanged(String message) {
        Envelope e = Envelope.parse(json, message);
        facts.changed(e.text("entryId"), e.payload().path("version").asLong(0), e.text("status"), e.occurredAt());
    }

    @KafkaListener(topics = Topics.KNOWLEDGE_SEARCH_MISSED,
            groupId = "${hotline.reporting.group-id:reporting-service}")
    void onSearchMissed(String message) {
        Envelope e = Envelope.parse(json, message);
        Instant at = e.instant("searchedAt");
        facts.searchMissed(e.eventId(), e.text("query"), e.optionalText("topic"), e.optionalText("locality"),
                at != null ? at : e.occurredAt());
    }
}
