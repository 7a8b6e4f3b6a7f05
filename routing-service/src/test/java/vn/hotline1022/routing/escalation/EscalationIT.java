package vn.hotline1022.routing.escalation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.testsupport.Envelopes;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.routing.support.Events;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Unanswered questions → per-unit topics → answers (API and Kafka) → answered events and callbacks. */
class EscalationIT extends RoutingITBase {

    private JsonNode awaitEscalationFor(String unit, String callId) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            found.clear();
            for (JsonNode e : api().get("/api/escalations?unit=" + unit, SUPERVISOR).body()) {
                if (e.path("calls").findValues("callId").stream().anyMatch(c -> callId.equals(c.asString()))) {
                    found.add(e);
                }
            }
            assertThat(found).hasSize(1);
        });
        return found.get(0);
    }

    private void publish(EventEnvelope<QuestionUnanswered> event) {
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, event.key(), Events.json(event));
    }

    /** A fresh call's unanswered question, once routing has escalated it to {@code unit}: the escalation's id. */
    private String escalated(String question, String topic, String locality, String unit) {
        String callId = "CALL-" + UUID.randomUUID();
        publish(Events.unanswered(callId, question, topic, locality));
        return awaitEscalationFor(unit, callId).path("id").asString();
    }

    @Test
    void laGiQuestionReachesTheUnitTopicJoinsDuplicatesAndIsClosedByThatUnitsUser() {
        String call1 = "CALL-" + UUID.randomUUID();
        String call2 = "CALL-" + UUID.randomUUID();
        EventEnvelope<QuestionUnanswered> first = Events.unanswered(call1,
                "Hộ kinh doanh ở La Gi phải đóng cửa vì dịch thì đăng ký nhận hỗ trợ ở đâu?", "HARDSHIP_SUPPORT", "LA_GI");
        publish(first);
        publish(first); // redelivered: must not open a second escalation
        JsonNode escalation = awaitEscalationFor("UBND_LA_GI", call1);
        String id = escalation.path("id").asString();
        assertThat(escalation.path("dueAt").isMissingNode()).isFalse();

        publish(Events.unanswered(call2, "ho kinh doanh o La Gi dong cua vi dich thi dang ky nhan ho tro o dau",
                "HARDSHIP_SUPPORT", "LA_GI"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get("/api/escalations/" + id, SUPERVISOR).body().path("callCount").asInt()).isEqualTo(2));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> onTopic = TopicReader.readAll(bootstrap, Topics.escalationsFor("UBND_LA_GI")).stream()
                    .filter(e -> id.equals(e.path("key").asString())).toList();
            // raised, then re-sent with the same key when the second caller joined: the unit sees 2 people waiting
            assertThat(onTopic).extracting(e -> e.path("payload").path("callCount").asInt()).containsExactly(1, 2);
            assertThat(onTopic).allSatisfy(e -> {
                assertThat(e.path("type").asString()).isEqualTo("hotline.escalation.raised");
                assertThat(e.path("payload").path("question").asString()).contains("La Gi");
                assertThat(e.toString()).doesNotContain("callerNumber").doesNotContain(call1).doesNotContain(call2);
            });
        });

        // an operator tells a repeat caller where the question went and by when; reading only
        Api.Response seen = api().get("/api/escalations/" + id, OPERATOR);
        assertThat(seen.status()).as(seen.raw()).isEqualTo(200);
        assertThat(seen.body().path("unitCode").asString()).isEqualTo("UBND_LA_GI");
        assertThat(seen.body().path("dueAt").isMissingNode()).isFalse();
        Api.Response listed = api().get("/api/escalations?status=OPEN", OPERATOR);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().findValues("id")).extracting(JsonNode::asString).contains(id);
        assertThat(api().get("/api/escalations?unit=UBND_LA_GI", TestAuth.as("cb.lagi", "UNIT", "UBND_LA_GI")).body()
                .findValues("id")).extracting(JsonNode::asString).contains(id);

        String answer = "{\"answer\":\"Hộ kinh doanh nộp đơn tại UBND phường, xã nơi đăng ký kinh doanh trước ngày 15.\"}";
        assertThat(api().post("/api/escalations/" + id + "/answer", TestAuth.as("cb.gtvt", "UNIT", "SO_GTVT"), answer)
                .status()).isEqualTo(404);
        assertThat(api().get("/api/escalations/" + id, TestAuth.as("cb.gtvt", "UNIT", "SO_GTVT")).status()).isEqualTo(404);
        assertThat(api().get("/api/escalations?unit=UBND_LA_GI", TestAuth.as("cb.gtvt", "UNIT", "SO_GTVT")).status())
                .isEqualTo(403);
        assertThat(api().post("/api/escalations/" + id + "/answer", OPERATOR, answer).status()).isEqualTo(403);

        Api.Response answered = api().post("/api/escalations/" + id + "/answer",
                TestAuth.as("cb.lagi", "UNIT", "UBND_LA_GI"), answer);
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(answered.body().path("status").asString()).isEqualTo("ANSWERED");
        assertThat(api().post("/api/escalations/" + id + "/answer", TestAuth.as("cb.lagi", "UNIT", "UBND_LA_GI"), answer)
                .status()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.ESCALATION_ANSWERED))
                        .filteredOn(e -> id.equals(e.path("key").asString())).singleElement()
                        .satisfies(e -> assertThat(e.path("payload").path("callIds").findValuesAsString("callIds"))
                                .isNotNull())
                        .satisfies(e -> assertThat(e.path("payload").path("callIds").toString())
                                .contains(call1).contains(call2)));

        // the callbacks themselves are intake's (it owns the numbers): routing only names the calls in the event
        assertThat(api().get("/api/escalations/callbacks", OPERATOR).status()).isIn(403, 404);
    }

    @Test
    void answerFromKafkaClosesItAndPoisonGoesToTheDltWithoutBlockingThePartition() {
        String id = escalated("Lao động thời vụ mất việc ở Tuy Phong có được nhận trợ cấp thất nghiệp?",
                "UNEMPLOYMENT", "TUY_PHONG", "SO_LDTBXH");

        // Same key → same partition: the two poison records come first, the good answer must still get through.
        Events.send(bootstrap, Topics.ESCALATION_ANSWERS, id, "{not json",
                Events.answer(id, "SO_GTVT", "Trả lời nhầm đơn vị"),
                Events.answer(id, "SO_LDTBXH", "Có, nếu đã đóng bảo hiểm thất nghiệp đủ 12 tháng trong 24 tháng."));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.ESCALATION_ANSWERED))
                        .filteredOn(e -> id.equals(e.path("key").asString())).singleElement()
                        .satisfies(e -> assertThat(e.path("payload").path("answer").asString()).startsWith("Có, nếu")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> reasons = Events.records(bootstrap, Topics.ESCALATION_ANSWERS + Topics.DLT_SUFFIX).stream()
                    .filter(r -> id.equals(r.key())).map(EscalationIT::reason).toList();
            assertThat(reasons).hasSize(2);
            assertThat(reasons.get(0)).startsWith("MALFORMED_JSON");
            assertThat(reasons.get(1)).startsWith("WRONG_UNIT");
        });
        assertThat(api().get("/api/escalations/" + id, SUPERVISOR).body().path("answeredBy").asString())
                .isEqualTo("Cán bộ SO_LDTBXH");
    }

    /** #12: a question breaking the contract is parked at once, naming the field; an unknown field is ignored. */
    @Test
    void anUnansweredQuestionWithoutItsTextIsDeadLetteredAndOneWithAFieldRoutingDoesNotKnowIsEscalated() {
        String broken = "CALL-" + UUID.randomUUID();
        String extended = "CALL-" + UUID.randomUUID();
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, broken, Envelopes.withPayload(Events.json(Events.unanswered(
                broken, "Hỏi gì cũng được", "UNEMPLOYMENT", "TUY_PHONG")), p -> p.remove("question")));
        Events.send(bootstrap, Topics.QUESTION_UNANSWERED, extended, Envelopes.withPayload(Events.json(Events.unanswered(
                extended, "Công nhân khu công nghiệp Tuy Phong bị cho nghỉ việc thì nộp hồ sơ hưởng bảo hiểm ở đâu?",
                "UNEMPLOYMENT", "TUY_PHONG")),
                p -> p.put("callerLanguage", "vi").putArray("tags").add("thất nghiệp")));

        assertThat(awaitEscalationFor("SO_LDTBXH", extended).path("question").asString()).contains("Tuy Phong");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.deadLetterReasons(bootstrap, Topics.QUESTION_UNANSWERED, broken))
                        .containsExactly("payload.question: bắt buộc"));
    }

    @Test
    void supervisorReassignsWithHistoryAndTheNewUnitGetsIt() {
        String id = escalated("Chợ Phan Thiết bán thịt heo giá cao gấp đôi, phản ánh ở đâu?", "PRICES_GOODS", "PHAN_THIET",
                "SO_CONG_THUONG");
        assertThat(api().post("/api/escalations/" + id + "/reassign", OPERATOR,
                "{\"unitCode\":\"UBND_PHAN_THIET\",\"reason\":\"x\"}").status()).isEqualTo(403);
        Api.Response moved = api().post("/api/escalations/" + id + "/reassign", SUPERVISOR,
                "{\"unitCode\":\"UBND_PHAN_THIET\",\"reason\":\"Chợ do UBND thành phố quản lý\"}");
        assertThat(moved.body().path("unitCode").asString()).isEqualTo("UBND_PHAN_THIET");
        assertThat(moved.body().path("history").findValues("action")).extracting(JsonNode::asString).contains("REASSIGNED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.escalationsFor("UBND_PHAN_THIET")))
                        .anySatisfy(e -> assertThat(e.path("key").asString()).isEqualTo(id)));
        Api.Response badStatus = api().get("/api/escalations?status=DONE", SUPERVISOR);
        assertThat(badStatus.body().path("errors").get(0).path("field").asString()).isEqualTo("status");
    }

    private static String reason(ConsumerRecord<String, String> r) {
        var h = r.headers().lastHeader("hotline-dlt-reason");
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
