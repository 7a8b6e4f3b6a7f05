package vn.hotline1022.support.outbox;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationRaised;
import vn.hotline1022.contracts.events.KnowledgeChanged;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An outbox entry goes to the topic its event type is read from, and reads back as the record it was built from. */
class OutboxDocumentsTest {

    private static final Instant NOW = Instant.parse("2025-06-02T01:15:30Z");
    private final OutboxDocuments outbox = new OutboxDocuments(JsonMapper.builder().build());

    @Test
    void anEventGoesToItsTypesTopicAndReadsBack() {
        KnowledgeChanged changed = new KnowledgeChanged("665c1f3a9b2e4d0012a7c9e1", 4, "PUBLISHED");

        Document entry = outbox.entry(OutboxEvent.of(EventType.KNOWLEDGE_CHANGED, changed.entryId(), changed, NOW));

        assertThat(entry.getString("topic")).isEqualTo(Topics.KNOWLEDGE_CHANGED);
        assertThat(entry.getString("key")).isEqualTo(changed.entryId());
        EventEnvelope<KnowledgeChanged> read = new EventReader().read(entry.getString("payload"), EventType.KNOWLEDGE_CHANGED);
        assertThat(read.payload()).isEqualTo(changed);
        assertThat(read.eventId().toString()).isEqualTo(entry.getString("eventId"));
        assertThat(read.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void aPerUnitEscalationNamesItsTopicAndNoOtherTypeMayGoElsewhere() {
        EscalationRaised raised = new EscalationRaised("b6e0d1f4-58a3-4c2b-8e17-90a4c3d2e6f1", "SO_GTVT", "Câu hỏi?",
                "TRAVEL_TRANSPORT", "PHAN_THIET", NOW.plusSeconds(86_400), 1);

        assertThat(outbox.entry(OutboxEvent.to(EventType.ESCALATION_RAISED, Topics.escalationsFor("SO_GTVT"),
                raised.escalationId(), raised, NOW)).getString("topic")).isEqualTo("hotline.escalations.SO_GTVT.v1");
        assertThatThrownBy(() -> OutboxEvent.of(EventType.ESCALATION_RAISED, raised.escalationId(), raised, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<unitCode>");
        assertThatThrownBy(() -> OutboxEvent.to(EventType.KNOWLEDGE_CHANGED, Topics.CALL_CLOSED, "k",
                new KnowledgeChanged("k", 1, "DRAFT"), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Topics.KNOWLEDGE_CHANGED);
    }
}
