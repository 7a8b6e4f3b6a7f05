package vn.hotline1022.routing.escalation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.routing.support.Events;
import vn.hotline1022.routing.support.RoutingITBase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #11: one call is one caller in one escalation, however it reaches routing: the operator's escalate on a failed
 * transfer, intake's question.unanswered (the console also closing the call as ESCALATED) and a redelivery of that
 * event, in every order, sequentially and all at once.
 */
class EscalationDedupeIT extends RoutingITBase {

    @Autowired
    MongoDatabase database;

    private static final String QUESTION = "Người lao động tự do ở Hàm Tân mất việc do dịch được hỗ trợ gì?";

    @Test
    void theSameCallByEveryPathInEveryOrderIsAttachedOnce() throws Exception {
        Random random = new Random(11);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<String> calls = new ArrayList<>();
        try {
            for (int round = 0; round < 8; round++) {
                String callId = "CALL-" + UUID.randomUUID();
                calls.add(callId);
                callReceived(callId, OPERATOR_USER);
                Api.Response plan = api().post("/api/transfers", OPERATOR,
                        "{\"callId\":\"" + callId + "\",\"topic\":\"HARDSHIP_SUPPORT\",\"locality\":\"HAM_TAN\"}");
                assertThat(plan.status()).as(plan.raw()).isEqualTo(201);
                String transferId = plan.body().path("id").asString();
                EventEnvelope<QuestionUnanswered> unanswered = Events.unanswered(callId, QUESTION, "HARDSHIP_SUPPORT", "HAM_TAN");
                List<Runnable> paths = new ArrayList<>(List.of(
                        () -> assertThat(api().post("/api/transfers/" + transferId + "/escalate", OPERATOR,
                                "{\"question\":\"" + QUESTION + "\"}").status()).isEqualTo(200),
                        () -> Events.send(bootstrap, Topics.QUESTION_UNANSWERED, unanswered.key(), Events.json(unanswered)),
                        () -> Events.send(bootstrap, Topics.QUESTION_UNANSWERED, unanswered.key(), Events.json(unanswered))));
                Collections.shuffle(paths, random);
                if (round % 2 == 0) {
                    paths.forEach(Runnable::run);
                } else {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<?>> running = new ArrayList<>();
                    for (Runnable path : paths) {
                        running.add(pool.submit(() -> {
                            start.await();
                            path.run();
                            return null;
                        }));
                    }
                    start.countDown();
                    for (Future<?> f : running) {
                        f.get();
                    }
                }
            }
            for (String callId : calls) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    List<Document> holding = database.getCollection("escalations")
                            .find(Filters.eq("calls.callId", callId)).into(new ArrayList<>());
                    assertThat(holding).as(callId).hasSize(1);
                    long entries = holding.get(0).getList("calls", Document.class).stream()
                            .filter(c -> callId.equals(c.getString("callId"))).count();
                    assertThat(entries).as("entries of " + callId).isEqualTo(1);
                });
            }
            // every escalation's count is its number of distinct calls: the letter and the board say the truth
            for (Document e : database.getCollection("escalations").find(Filters.in("calls.callId", calls))) {
                List<Document> attached = e.getList("calls", Document.class);
                assertThat(e.getInteger("callCount")).isEqualTo(attached.size());
                assertThat(attached.stream().map(c -> c.getString("callId")).distinct().count()).isEqualTo(attached.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * #11: a call with several questions escalates each once: its first question (with or without a number) and
     * its second (by intake's event, redelivered, and by a transfer of that question escalated after every number
     * failed) give two escalations, each holding the call once.
     */
    @Test
    void eachQuestionOfACallIsEscalatedOnceAndApartFromTheOthers() {
        String callId = "CALL-Q-" + UUID.randomUUID();
        String second = "Mẹ tôi ở Hàm Tân sốt cao ba ngày, trạm y tế xã có khám tại nhà không?";
        var first = Events.unanswered(callId, QUESTION, "HARDSHIP_SUPPORT", "HAM_TAN");
        var firstNumbered = vn.hotline1022.contracts.EventEnvelope.of(vn.hotline1022.contracts.EventType.QUESTION_UNANSWERED,
                callId, new QuestionUnanswered(callId, QUESTION, "HARDSHIP_SUPPORT", "HAM_TAN", java.time.Instant.now(), 1),
                java.time.Instant.now());
        var secondEvent = vn.hotline1022.contracts.EventEnvelope.of(vn.hotline1022.contracts.EventType.QUESTION_UNANSWERED,
                callId, new QuestionUnanswered(callId, second, "HEALTH_STATUS", "HAM_TAN", java.time.Instant.now(), 2),
                java.time.Instant.now());
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, callId, Events.json(first));
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, callId, Events.json(secondEvent));
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, callId, Events.json(firstNumbered));
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, callId, Events.json(secondEvent));

        callReceived(callId, OPERATOR_USER);
        Api.Response plan = api().post("/api/transfers", OPERATOR,
                "{\"callId\":\"" + callId + "\",\"topic\":\"HEALTH_STATUS\",\"locality\":\"HAM_TAN\",\"questionNo\":2}");
        assertThat(plan.status()).as(plan.raw()).isEqualTo(201);
        assertThat(api().post("/api/transfers", OPERATOR,
                "{\"callId\":\"x\",\"topic\":\"HEALTH_STATUS\",\"locality\":\"HAM_TAN\",\"questionNo\":0}")
                .body().path("errors").path(0).path("field").asString()).isEqualTo("questionNo");
        await().atMost(Duration.ofSeconds(30)).until(() -> database.getCollection("escalations")
                .countDocuments(Filters.eq("calls.callId", callId)) == 2);
        assertThat(api().post("/api/transfers/" + plan.body().path("id").asString() + "/escalate", OPERATOR,
                "{\"question\":\"" + second + "\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Document> holding = database.getCollection("escalations").find(Filters.eq("calls.callId", callId))
                    .into(new ArrayList<>());
            assertThat(holding).hasSize(2);
            for (Document e : holding) {
                assertThat(e.getList("calls", Document.class)).as(e.getString("question")).hasSize(1);
            }
            assertThat(holding).extracting(e -> e.getString("_id"))
                    .contains(Escalations.idFor(callId + "#2"));
            assertThat(holding).extracting(e -> e.getString("topic"))
                    .containsExactlyInAnyOrder("HARDSHIP_SUPPORT", "HEALTH_STATUS");
        });
    }
}
