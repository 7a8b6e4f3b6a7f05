package vn.hotline1022.knowledge.escalation;

import com.mongodb.MongoWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryStatus;
import vn.hotline1022.knowledge.domain.Vocabulary;
import vn.hotline1022.knowledge.entry.EntryStore;

import java.util.List;
import java.util.Map;

/**
 * A unit's written answer becomes a DRAFT entry for supervisors to approve. The entry id is derived from the
 * escalation, so a redelivered event (same eventId) or a replay finds it already there and changes nothing.
 */
@Component
class EscalationAnsweredListener {

    private static final Logger log = LoggerFactory.getLogger(EscalationAnsweredListener.class);

    private final EntryStore store;
    private final JsonMapper json;

    EscalationAnsweredListener(EntryStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @KafkaListener(topics = Topics.ESCALATION_ANSWERED, groupId = "${spring.kafka.consumer.group-id}")
    void onAnswered(String message) {
        JsonNode envelope = json.readTree(message);
        String eventId = envelope.path("eventId").asString(null);
        JsonNode p = envelope.path("payload");
        String escalationId = p.path("escalationId").asString(null);
        if (eventId == null || escalationId == null || p.path("answer").asString("").isBlank()) {
            throw new IllegalArgumentException("escalation.answered without eventId, escalationId or answer");
        }
        String topic = p.path("topic").asString(null);
        String locality = p.path("locality").asString(null);
        EntryContent content = new EntryContent(null, p.path("question").asString(""), p.path("answer").asString(),
                List.of(), topic != null && Vocabulary.TOPICS.contains(topic) ? topic : "OTHER", List.of(),
                locality != null && Vocabulary.DISTRICTS.contains(locality) ? List.of(locality) : List.of(),
                p.path("unitCode").asString(null), null, null, null, null,
                "Trả lời của đơn vị cho phiếu chuyển " + escalationId);
        try {
            store.create(content, EntryStatus.DRAFT, "system:escalation", Map.of("_id", "esc-" + escalationId,
                    "escalationId", escalationId, "sourceEventId", eventId,
                    "callIds", p.path("callIds").isArray() ? json.convertValue(p.path("callIds"), List.class) : List.of()));
        } catch (MongoWriteException e) {
            if (!store.isDuplicateKey(e)) {
                throw e;
            }
            log.debug("escalation {} already has its draft entry (event {})", escalationId, eventId);
        }
    }
}
