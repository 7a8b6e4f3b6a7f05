package vn.hotline1022.knowledge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.testsupport.Api;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** #15 "rebuilds by itself as operators use answers": the desk's own uses, no import and no button, make a model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.1S", "hotline.knowledge.learning.poll-interval=PT0.2S",
                "hotline.knowledge.learning.check-interval=PT0.5S", "hotline.knowledge.learning.min-new-pairs=20"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.KNOWLEDGE_CHANGED, Topics.KNOWLEDGE_SEARCH_MISSED, Topics.ESCALATION_ANSWERED})
class LearningScheduleIT extends KnowledgeIT {

    @Autowired
    SearchEngine engine;

    @Test
    void operatorsUsingAnswersMakeTheNextModel() {
        Api api = api();
        LearningFlowIT.publishEntries(api, SUPERVISOR);

        // 19 uses: below the threshold, nothing is built however often the schedule looks
        int uses = 0;
        for (String[] e : LearningFlowIT.ENTRIES) {
            for (int q = 4; q < e.length && uses < 19; q++, uses++) {
                use(api, e[0], e[q], "call-" + uses);
            }
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> status(api).path("serving").isNull());
        assertThat(status(api).path("usage").path("sinceLastModel").asLong()).isEqualTo(19);

        for (String[] e : LearningFlowIT.ENTRIES) {
            for (int q = 4; q < e.length; q++, uses++) {
                if (uses >= 19 && uses < 40) {
                    use(api, e[0], e[q], "call-" + uses);
                }
            }
        }
        JsonNode serving = await().atMost(Duration.ofSeconds(90)).until(() -> status(api).path("serving"),
                s -> s.isObject() && s.path("version").isNumber());
        assertThat(serving.path("pairs").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(status(api).path("lastBuild").path("trigger").asString()).isEqualTo("SCHEDULE");
        assertThat(engine.model()).isNotNull();
    }

    private void use(Api api, String externalId, String question, String callId) {
        String id = idOf(externalId);
        Api.Response r = api.post("/api/knowledge/entries/" + id + "/used", OPERATOR,
                JSON.writeValueAsString(Map.of("callId", callId, "question", question)));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    private static JsonNode status(Api api) {
        return api.get("/api/knowledge/learning", SUPERVISOR).body();
    }
}
