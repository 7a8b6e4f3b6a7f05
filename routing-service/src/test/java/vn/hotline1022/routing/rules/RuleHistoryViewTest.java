package vn.hotline1022.routing.rules;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.hotline1022.testsupport.Wire;

import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule's history reads exactly as the stored lines did when the endpoint returned them as they were. */
class RuleHistoryViewTest {

    @Test
    void eachLineWithTheRuleAsSavedThenNullReasonIncluded() {
        Document after = new Document("topic", "TRAVEL_TRANSPORT").append("locality", "HAM_TAN")
                .append("targets", List.of("SO_GTVT", "@DISTRICT_PEOPLES_COMMITTEE")).append("knowledgeBaseOnly", false)
                .append("reason", null);
        Document line = new Document("at", new Date(1_630_000_000_000L)).append("by", "gs01").append("after", after);
        assertThat(Wire.of(RuleHistoryView.of(RuleStore.version(line)))).isEqualTo(Wire.of(line));
        assertThat(Wire.of(RuleHistoryView.of(RuleStore.version(line))).path("after").has("reason")).isTrue();
    }
}
