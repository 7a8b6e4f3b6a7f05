package vn.hotline1022.routing.directory;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #13: a supervisor adds a unit and retires one that left service: a retired unit keeps its history and its name
 * in old records, but no rule, plan, escalation or picker names it; a unit still named by a rule or waiting
 * escalations cannot be retired until those are dealt with; it can be reinstated.
 */
class UnitLifecycleIT extends RoutingITBase {

    private static final String UNIT = """
            {"name":"Ban Quản lý khu công nghiệp","kind":"DEPARTMENT","jurisdiction":["HAM_TAN"],"topics":[],
             "transferable":true,"hotlines":[{"number":"0913 555 111","label":"Trực ban","lineType":"MOBILE","priority":1}]}""";

    private List<String> codes(Api.Response list) {
        return list.body().findValues("code").stream().map(JsonNode::asString).toList();
    }

    @Test
    void aRetiredUnitLeavesEveryPickerButKeepsItsHistoryAndCanComeBack() {
        String code = "BQL_KCN_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(api().post("/api/routing/units/" + code, SUPERVISOR, UNIT).status()).isEqualTo(201);
        assertThat(codes(api().get("/api/routing/units", OPERATOR))).contains(code);

        Api.Response retired = api().post("/api/routing/units/" + code + "/retire", SUPERVISOR, "{}");
        assertThat(retired.status()).as(retired.raw()).isEqualTo(200);
        assertThat(retired.body().path("retired").asBoolean()).isTrue();
        assertThat(codes(api().get("/api/routing/units", OPERATOR))).doesNotContain(code);
        assertThat(codes(api().get("/api/routing/units", SUPERVISOR))).doesNotContain(code);
        assertThat(codes(api().get("/api/routing/units?retired=true", SUPERVISOR))).contains(code);
        assertThat(api().post("/api/routing/units/" + code + "/retire", OPERATOR, "{}").status()).isEqualTo(403);
        // no rule may name it now
        Api.Response rule = api().put("/api/routing/rules/PRICES_GOODS/HAM_TAN", SUPERVISOR, """
                {"targets":["%s"],"knowledgeBaseOnly":false,"reason":"thử"}""".formatted(code));
        assertThat(rule.status()).as(rule.raw()).isEqualTo(400);
        // editing its details keeps it retired
        assertThat(api().put("/api/routing/units/" + code, SUPERVISOR, UNIT.replace("Ban Quản lý", "BQL"))
                .body().path("retired").asBoolean()).isTrue();
        assertThat(api().get("/api/routing/units/" + code + "/history", SUPERVISOR).body().findValues("action"))
                .extracting(JsonNode::asString).contains("CREATE", "RETIRE", "UPDATE");

        Api.Response back = api().post("/api/routing/units/" + code + "/reinstate", SUPERVISOR, "{}");
        assertThat(back.body().path("retired").asBoolean()).isFalse();
        assertThat(codes(api().get("/api/routing/units", OPERATOR))).contains(code);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TopicReader.forKey(bootstrap, Topics.UNIT_CHANGED, code).stream()
                        .map(e -> e.path("payload").path("retired").asBoolean()).toList())
                .containsExactly(false, true, true, false));
    }

    @Test
    void aUnitThatRulesStillNameCannotBeRetired() {
        Api.Response refused = api().post("/api/routing/units/SO_GTVT/retire", SUPERVISOR, "{}");
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().path("detail").asString()).contains("quy tắc");
        assertThat(codes(api().get("/api/routing/units", OPERATOR))).contains("SO_GTVT");
        assertThat(api().post("/api/routing/units/KHONG_CO/retire", SUPERVISOR, "{}").status()).isEqualTo(404);
    }
}
