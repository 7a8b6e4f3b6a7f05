package vn.hotline1022.routing.escalation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Supervisors merge and split escalations: calls move, nothing is lost or doubled, history is kept, the unit's
 * topic gets the new call counts — and a merge or split cut short between its two writes is finished later.
 */
class EscalationSupervisionIT extends RoutingITBase {

    private static final String UNIT = "SO_CONG_THUONG";

    @Autowired
    Escalations escalations;
    @Autowired
    EscalationSupervision supervision;
    @Autowired
    EscalationStore store;
    @Autowired
    EscalationMoveStore moves;

    private String raise(String callId, String question, String locality) {
        return escalations.raise(new Escalations.NewQuestion("evt-" + UUID.randomUUID(), callId, question,
                "PRICES_GOODS", locality, Instant.now(), UNIT)).escalationId();
    }

    private JsonNode get(String id) {
        return api().get("/api/escalations/" + id, SUPERVISOR).body();
    }

    private static List<String> callIds(JsonNode e) {
        return e.path("calls").findValues("callId").stream().map(JsonNode::asString).toList();
    }

    private static List<String> actions(JsonNode e) {
        return e.path("history").findValues("action").stream().map(JsonNode::asString).toList();
    }

    @Test
    void mergeMovesTheCallsClosesTheSourceAsMergedKeepsHistoryAndIsIdempotent() {
        String a = raise("CALL-M-A", "Giá khẩu trang ở chợ Phan Rí Cửa tăng gấp ba", "TUY_PHONG");
        String b = raise("CALL-M-B", "Cửa hàng tạp hoá Liên Hương bán mì tôm đắt bất thường", "TUY_PHONG");
        assertThat(a).isNotEqualTo(b);

        assertThat(api().post("/api/escalations/" + a + "/merge", OPERATOR, "{\"sourceIds\":[\"" + b + "\"]}").status())
                .isEqualTo(403);
        Api.Response merged = api().post("/api/escalations/" + a + "/merge", SUPERVISOR, "{\"sourceIds\":[\"" + b + "\"]}");
        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(merged.body().path("callCount").asInt()).isEqualTo(2);
        assertThat(callIds(merged.body())).containsExactlyInAnyOrder("CALL-M-A", "CALL-M-B");
        assertThat(actions(merged.body())).contains("RAISED", "MERGED_FROM");

        JsonNode source = get(b);
        assertThat(source.path("status").asString()).isEqualTo("MERGED");
        assertThat(source.path("mergedInto").asString()).isEqualTo(a);
        assertThat(actions(source)).containsExactly("RAISED", "MERGED_INTO");
        assertThat(callIds(source)).as("the source keeps its calls as history").containsExactly("CALL-M-B");
        assertThat(storedEscalation(b).get("mergePending")).isNull();

        Api.Response again = api().post("/api/escalations/" + a + "/merge", SUPERVISOR, "{\"sourceIds\":[\"" + b + "\"]}");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.body().path("callCount").asInt()).isEqualTo(2);
        assertThat(callIds(again.body())).hasSize(2);

        Api.Response otherUnit = api().post("/api/escalations/" + a + "/merge", SUPERVISOR, "{\"sourceIds\":[\""
                + escalations.raise(new Escalations.NewQuestion("evt-" + UUID.randomUUID(), "CALL-M-C", "Xe khách",
                "TRAVEL_TRANSPORT", "TUY_PHONG", Instant.now(), "SO_GTVT")).escalationId() + "\"]}");
        assertThat(otherUnit.status()).isEqualTo(400);
        assertThat(otherUnit.body().path("errors").get(0).path("field").asString()).isEqualTo("sourceIds[0]");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.escalationsFor(UNIT)))
                        .filteredOn(e -> a.equals(e.path("key").asString()))
                        .extracting(e -> e.path("payload").path("callCount").asInt()).containsExactly(1, 2));
    }

    @Test
    void aMergeCutShortAfterTheSourceWriteIsFinishedByARetryOrByTheSweeper() {
        String a = raise("CALL-R-A", "Giá gạo ở chợ Ma Lâm tăng", "HAM_THUAN_BAC");
        String b = raise("CALL-R-B", "Siêu thị Phan Thiết hết rau xanh từ sáng", "HAM_THUAN_BAC");
        String c = raise("CALL-R-C", "Xăng dầu tại cây xăng Hàm Liêm bán giới hạn", "HAM_THUAN_BAC");

        supervision.markMerged(b, a, "gs01"); // the process dies here: intent recorded on the source only
        assertThat(get(b).path("status").asString()).isEqualTo("MERGED");
        assertThat(callIds(get(a))).containsExactly("CALL-R-A");

        Api.Response retried = api().post("/api/escalations/" + a + "/merge", SUPERVISOR, "{\"sourceIds\":[\"" + b + "\"]}");
        assertThat(retried.status()).as(retried.raw()).isEqualTo(200);
        assertThat(callIds(retried.body())).containsExactlyInAnyOrder("CALL-R-A", "CALL-R-B");

        supervision.markMerged(c, a, "gs01"); // dies again; nobody retries this time
        assertThat(supervision.resumePending(Instant.now().minusSeconds(60))).as("too recent: may be in flight").isZero();
        assertThat(supervision.resumePending(Instant.now().plusSeconds(1))).isEqualTo(1);
        JsonNode target = get(a);
        assertThat(callIds(target)).containsExactlyInAnyOrder("CALL-R-A", "CALL-R-B", "CALL-R-C");
        assertThat(target.path("callCount").asInt()).isEqualTo(3);
        assertThat(supervision.resumePending(Instant.now().plusSeconds(1))).isZero();
    }

    @Test
    void aMergeIntoAnEscalationAnsweredMeanwhileReopensTheSourceInsteadOfLosingItsCalls() {
        String a = raise("CALL-X-A", "Giá thịt heo ở chợ Tân Minh cao", "HAM_TAN");
        String b = raise("CALL-X-B", "Bánh mì ở Tân Nghĩa bán thiếu cân", "HAM_TAN");
        supervision.markMerged(b, a, "gs01");
        assertThat(api().post("/api/escalations/" + a + "/answer", TestAuth.as("cb.sct", "UNIT", UNIT),
                "{\"answer\":\"Đã cử đoàn kiểm tra quản lý thị trường xuống chợ.\"}").status()).isEqualTo(200);

        assertThat(supervision.completeMerge(b)).isFalse();
        JsonNode source = get(b);
        assertThat(source.path("status").asString()).isEqualTo("OPEN");
        assertThat(actions(source)).containsExactly("RAISED", "MERGED_INTO", "MERGE_ABORTED");
        assertThat(callIds(get(a))).containsExactly("CALL-X-A");
    }

    @Test
    void splitMovesACallToANewEscalationOfTheSameUnitAndARetryReturnsTheSameOne() {
        String q = "Giá xăng ở Đức Linh tăng mỗi ngày thì phản ánh ở đâu";
        String id = raise("CALL-S-1", q, "DUC_LINH");
        assertThat(raise("CALL-S-2", q + " vậy", "DUC_LINH")).isEqualTo(id);
        assertThat(raise("CALL-S-3", "Giá xăng ở Đức Linh tăng mỗi ngày phản ánh ở đâu ạ", "DUC_LINH")).isEqualTo(id);

        Api.Response all = api().post("/api/escalations/" + id + "/split", SUPERVISOR,
                "{\"callIds\":[\"CALL-S-1\",\"CALL-S-2\",\"CALL-S-3\"]}");
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.body().path("errors").get(0).path("field").asString()).isEqualTo("callIds");
        assertThat(api().post("/api/escalations/" + id + "/split", SUPERVISOR, "{\"callIds\":[\"CALL-NOPE\"]}").status())
                .isEqualTo(400);

        Api.Response split = api().post("/api/escalations/" + id + "/split", SUPERVISOR, "{\"callIds\":[\"CALL-S-3\"]}");
        assertThat(split.status()).as(split.raw()).isEqualTo(200);
        String newId = split.body().path("id").asString();
        assertThat(newId).isNotEqualTo(id);
        assertThat(split.body().path("unitCode").asString()).isEqualTo(UNIT);
        assertThat(split.body().path("status").asString()).isEqualTo("OPEN");
        assertThat(callIds(split.body())).containsExactly("CALL-S-3");
        assertThat(actions(split.body())).containsExactly("SPLIT_FROM " + id);

        JsonNode original = get(id);
        assertThat(callIds(original)).containsExactlyInAnyOrder("CALL-S-1", "CALL-S-2");
        assertThat(original.path("callCount").asInt()).isEqualTo(2);
        assertThat(actions(original)).contains("SPLIT");

        Api.Response again = api().post("/api/escalations/" + id + "/split", SUPERVISOR, "{\"callIds\":[\"CALL-S-3\"]}");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.body().path("id").asString()).isEqualTo(newId);
        assertThat(api().get("/api/escalations?unit=" + UNIT, SUPERVISOR).body().findValues("callId").stream()
                .filter(c -> "CALL-S-3".equals(c.asString()))).as("the moved call is in exactly one escalation").hasSize(1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> onTopic = TopicReader.readAll(bootstrap, Topics.escalationsFor(UNIT));
            assertThat(onTopic).filteredOn(e -> newId.equals(e.path("key").asString())).singleElement()
                    .satisfies(e -> assertThat(e.path("payload").path("callCount").asInt()).isEqualTo(1));
            assertThat(onTopic).filteredOn(e -> id.equals(e.path("key").asString()))
                    .extracting(e -> e.path("payload").path("callCount").asInt()).containsExactly(1, 2, 3, 2);
        });
    }

    @Test
    void aSplitCutShortAfterTheSourceWriteIsFinishedByTheSweeper() {
        String q = "Giá gas ở Phú Quý tăng vì tàu không ra đảo được";
        String id = raise("CALL-T-1", q, "PHU_QUY");
        assertThat(raise("CALL-T-2", q + " nữa", "PHU_QUY")).isEqualTo(id);
        var seen = store.find(id).orElseThrow();
        var intent = new vn.hotline1022.routing.escalation.domain.SplitIntent(UUID.randomUUID().toString(),
                List.of("CALL-T-2"), seen.calls().subList(1, 2), "gs01", Instant.now(), false);
        // split()'s first write, and the process dies right after it
        assertThat(moves.splitOff(seen, intent, Instant.now())).isTrue();
        assertThat(store.find(intent.into())).isEmpty();

        assertThat(supervision.resumePending(Instant.now().plusSeconds(1))).isEqualTo(1);
        JsonNode created = get(intent.into());
        assertThat(created.path("status").asString()).isEqualTo("OPEN");
        assertThat(callIds(created)).containsExactly("CALL-T-2");
        assertThat(supervision.resumePending(Instant.now().plusSeconds(1))).isZero();
    }
}
