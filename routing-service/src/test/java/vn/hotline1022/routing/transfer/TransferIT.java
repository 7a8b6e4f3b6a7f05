package vn.hotline1022.routing.transfer;

import vn.hotline1022.routing.transfer.domain.Transfer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.routing.support.RoutingITBase;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Transfers end to end: plan, failover, escalation, events — the "done when" on a real broker. */
class TransferIT extends RoutingITBase {

    @Autowired
    HotlineHealth health;
    @Autowired
    TransferService transfers;

    private Api.Response attempt(String id, String number, String outcome) {
        return api().post("/api/transfers/" + id + "/attempts", OPERATOR,
                "{\"number\":\"" + number + "\",\"outcome\":\"" + outcome + "\"}");
    }

    @Test
    void travelQuestionFromHamTanGetsTransportWithItsNumber() {
        Api.Response r = planTransfer("CALL-HT-1", "TRAVEL_TRANSPORT", "HAM_TAN");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().path("unitCode").asString()).isEqualTo("SO_GTVT");
        assertThat(r.body().path("unitName").asString()).isEqualTo("Sở Giao thông vận tải");
        assertThat(r.body().path("reason").asString()).contains("giao thông");
        assertThat(r.body().path("next").path("number").asString()).isEqualTo("0913.680.916");
    }

    @Test
    void busyMovesToTheNextNumberAndAllFailingOffersEscalation() {
        // The letter asked every department for a second number; a supervisor fills SO_GTVT's placeholder.
        Api.Response edit = api().put("/api/routing/units/SO_GTVT", SUPERVISOR, """
                {"name":"Sở Giao thông vận tải","kind":"DEPARTMENT","jurisdiction":["HAM_TAN","LA_GI"],
                 "topics":["TRAVEL_TRANSPORT"],"transferable":true,"strategy":"PRIORITY",
                 "hotlines":[{"number":"0913.680.916","label":"Đường dây nóng Sở GTVT","lineType":"MOBILE","priority":1},
                             {"number":"0913 222 333","label":"Phó phòng Quản lý vận tải","lineType":"MOBILE","priority":2}]}""");
        assertThat(edit.status()).as(edit.raw()).isEqualTo(200);
        Api.Response history = api().get("/api/routing/units/SO_GTVT/history", SUPERVISOR);
        assertThat(history.body().findValues("action")).extracting(JsonNode::asString).contains("SEED", "UPDATE");

        String callId = "CALL-" + UUID.randomUUID();
        Api.Response p = planTransfer(callId, "TRAVEL_TRANSPORT", "HAM_TAN");
        String id = p.body().path("id").asString();
        assertThat(p.body().path("candidates").findValues("number")).extracting(JsonNode::asString)
                .containsExactly("0913.680.916", "0913.222.333");

        Api.Response busy = attempt(id, "0913.680.916", "BUSY");
        assertThat(busy.body().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(busy.body().path("next").path("number").asString()).isEqualTo("0913.222.333");

        Api.Response failed = attempt(id, "0913222333", "NO_ANSWER");
        assertThat(failed.body().path("status").asString()).isEqualTo("ALL_FAILED");
        assertThat(failed.body().path("escalate").path("href").asString()).isEqualTo("/api/transfers/" + id + "/escalate");

        Api.Response escalated = api().post("/api/transfers/" + id + "/escalate", OPERATOR,
                "{\"question\":\"Xe tải chở thanh long từ Hàm Tân đi Đồng Nai cần giấy tờ gì?\"}");
        String escalationId = escalated.body().path("escalationId").asString();
        assertThat(escalated.body().path("status").asString()).isEqualTo("ESCALATED");
        assertThat(api().post("/api/transfers/" + id + "/escalate", OPERATOR,
                "{\"question\":\"bấm lần hai vẫn là một kiến nghị\"}").body().path("escalationId").asString())
                .isEqualTo(escalationId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> onUnitTopic = TopicReader.readAll(bootstrap, Topics.escalationsFor("SO_GTVT"));
            assertThat(onUnitTopic).anySatisfy(e -> assertThat(e.path("key").asString()).isEqualTo(escalationId));
            List<JsonNode> attempts = TopicReader.forCall(bootstrap, Topics.TRANSFER_ATTEMPTED, callId);
            assertThat(attempts).extracting(e -> e.path("payload").path("maskedNumber").asString())
                    .containsExactly("0913***916", "0913***333");
            // every number failed, then (once, though the operator pressed twice) the escalation intake closes the call by
            List<JsonNode> completed = TopicReader.forCall(bootstrap, Topics.TRANSFER_COMPLETED, callId);
            assertThat(completed).hasSize(2);
            assertThat(completed.get(0).path("payload").path("connected").asBoolean()).isFalse();
            assertThat(completed.get(0).path("payload").path("attempts").asInt()).isEqualTo(2);
            assertThat(completed.get(0).path("payload").path("escalationId").isMissingNode()
                    || completed.get(0).path("payload").path("escalationId").isNull()).isTrue();
            assertThat(completed.get(1).path("payload").path("escalationId").asString()).isEqualTo(escalationId);
            assertThat(completed.get(1).path("payload").path("unitCode").asString()).isEqualTo("SO_GTVT");
        });
    }

    /** #13: the call screen learns before any transfer that the unit takes none, by name, with the reason. */
    @Test
    void theRouteSaysByNameWhetherATransferIsPossible() {
        JsonNode vaccination = api().get("/api/routing/route?topic=VACCINATION&locality=PHAN_THIET", OPERATOR).body();
        assertThat(vaccination.path("transferable").asBoolean()).isFalse();
        assertThat(vaccination.path("unitNames").get(0).asString()).isEqualTo("Sở Y tế");
        assertThat(vaccination.path("notTransferableReason").asString()).isNotBlank();
        JsonNode travel = api().get("/api/routing/route?topic=TRAVEL_TRANSPORT&locality=HAM_TAN", OPERATOR).body();
        assertThat(travel.path("transferable").asBoolean()).isTrue();
        assertThat(travel.path("notTransferableReason").isNull() || travel.path("notTransferableReason").isMissingNode())
                .isTrue();
        assertThat(travel.path("unitNames").get(0).asString()).doesNotContain("_");
    }

    @Test
    void connectedTransferCompletesSoIntakeCanCloseTheCall() {
        String callId = "CALL-" + UUID.randomUUID();
        String id = planTransfer(callId, "PRICES_GOODS", "PHU_QUY").body().path("id").asString();
        Api.Response ok = attempt(id, "0913175279", "CONNECTED");
        assertThat(ok.body().path("status").asString()).isEqualTo("CONNECTED");
        assertThat(attempt(id, "0913175279", "BUSY").status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.forCall(bootstrap, Topics.TRANSFER_COMPLETED, callId)).singleElement()
                        .satisfies(e -> assertThat(e.path("payload").path("connected").asBoolean()).isTrue()));
    }

    @Test
    void aNumberFailingThreeTimesCoolsDownAndTheUnitIsReportedUnreachable() {
        for (int i = 0; i < 3; i++) {
            String id = planTransfer("CALL-PQ-" + i, "HEALTH_STATUS", "PHU_QUY").body().path("id").asString();
            assertThat(attempt(id, "0916769841", "UNREACHABLE").body().path("status").asString()).isEqualTo("ALL_FAILED");
        }
        Api.Response p = planTransfer("CALL-PQ-4", "HEALTH_STATUS", "PHU_QUY");
        assertThat(p.body().path("status").asString()).isEqualTo("NO_NUMBER_AVAILABLE");
        assertThat(p.body().path("cooling").findValues("number")).extracting(JsonNode::asString).containsExactly("0916.769.841");
        JsonNode health = api().get("/api/transfers/health", OPERATOR).body();
        JsonNode phuQuy = null;
        for (JsonNode u : health) {
            if ("TTYT_PHU_QUY".equals(u.path("unitCode").asString())) {
                phuQuy = u;
            }
        }
        assertThat(phuQuy).isNotNull();
        assertThat(phuQuy.path("reachable").asBoolean()).isFalse();
        assertThat(phuQuy.path("attempts").path("UNREACHABLE").asInt()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.UNIT_UNREACHABLE))
                        .filteredOn(e -> "TTYT_PHU_QUY".equals(e.path("key").asString())).hasSize(1));
        String metrics = api().getText("/actuator/prometheus");
        assertThat(metrics).contains("hotline_transfer_attempts_total{application=\"routing-service\",outcome=\"UNREACHABLE\",unit=\"TTYT_PHU_QUY\"} 3.0");
    }

    @Test
    void healthDepartmentIsNeverDialledOperatorsSeeWhyAndWhatToDoInstead() {
        Api.Response p = planTransfer("CALL-VX-1", "VACCINATION", "LA_GI");
        assertThat(p.body().path("status").asString()).isEqualTo("NOT_TRANSFERABLE");
        assertThat(p.body().path("unitCode").asString()).isEqualTo("SO_Y_TE");
        assertThat(p.body().path("reason").asString()).contains("trả lời từ cơ sở tri thức để giảm tải đường dây".substring(1));
        assertThat(p.body().path("alternative").asString()).contains("cơ sở tri thức");
        assertThat(p.body().path("candidates")).isEmpty();
        assertThat(p.raw()).doesNotContainPattern("0\\d{3}\\.\\d{3}\\.\\d{3}");

        Api.Response unit = api().get("/api/routing/units/SO_Y_TE", TestAuth.as("tdv02", "OPERATOR", null));
        assertThat(unit.body().path("hotlines").isNull()).isTrue();
        assertThat(unit.body().path("notTransferableReason").asString()).isNotBlank();
    }

    @Test
    void badInputNamesTheFieldAndOnlySupervisorsEditTheDirectory() {
        Api.Response badTopic = planTransfer("CALL-X", "THOI_TIET", "LA_GI");
        assertThat(badTopic.status()).isEqualTo(400);
        assertThat(badTopic.body().path("errors").get(0).path("field").asString()).isEqualTo("topic");
        String id = planTransfer("CALL-Y", "UNEMPLOYMENT", "LA_GI").body().path("id").asString();
        Api.Response badOutcome = attempt(id, "0972905939", "MAYBE");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.body().path("errors").get(0).path("field").asString()).isEqualTo("outcome");
        Api.Response notInPlan = attempt(id, "0913680916", "BUSY");
        assertThat(notInPlan.body().path("errors").get(0).path("field").asString()).isEqualTo("number");
        Api.Response badNumber = api().put("/api/routing/units/BCD_LA_GI", SUPERVISOR, """
                {"name":"BCĐ La Gi","kind":"DISTRICT_STEERING_COMMITTEE","transferable":true,
                 "hotlines":[{"number":"12345","label":"BCĐ","lineType":"MOBILE"}]}""");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.body().path("errors").get(0).path("field").asString()).isEqualTo("hotlines[0].number");
        assertThat(api().put("/api/routing/units/BCD_LA_GI", OPERATOR, "{}").status()).isIn(400, 403);
        assertThat(api().put("/api/routing/units/BCD_LA_GI", OPERATOR, """
                {"name":"BCĐ La Gi","kind":"DISTRICT_STEERING_COMMITTEE","transferable":true,"hotlines":[]}""")
                .status()).isEqualTo(403);
    }

    @Test
    void simultaneousEscalateClicksOpenOneEscalation() throws Exception {
        int clicks = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        try {
            for (int round = 0; round < 5; round++) {
                String callId = "CALL-" + UUID.randomUUID();
                JsonNode planned = planTransfer(callId, "HEALTH_STATUS", "LA_GI").body();
                String id = planned.path("id").asString();
                // the numbers fail (later rounds find them cooling down: a plan without numbers escalates too)
                for (JsonNode number : planned.path("candidates").findValues("number")) {
                    attempt(id, number.asString(), "NO_ANSWER");
                }
                assertThat(api().get("/api/transfers/" + id, OPERATOR).body().path("status").asString())
                        .isIn("ALL_FAILED", "NO_NUMBER_AVAILABLE");

                // straight into the service, released together by a barrier: the tightest race we can make
                CyclicBarrier go = new CyclicBarrier(clicks);
                List<Future<Transfer>> results = new ArrayList<>();
                for (int i = 0; i < clicks; i++) {
                    EscalateRequest request = new EscalateRequest("Người nhà cách ly ở La Gi bị sốt cao, lần bấm " + i, null);
                    results.add(pool.submit(() -> {
                        go.await(10, TimeUnit.SECONDS);
                        return transfers.escalate(id, request, "tdv01");
                    }));
                }
                Set<String> escalationIds = new HashSet<>();
                for (Future<Transfer> f : results) {
                    Transfer t = f.get(30, TimeUnit.SECONDS);
                    assertThat(t.status()).isEqualTo("ESCALATED");
                    escalationIds.add(t.escalationId());
                }
                assertThat(escalationIds).hasSize(1);
                List<String> holding = new ArrayList<>();
                for (JsonNode e : api().get("/api/escalations?unit=TTYT_LA_GI", SUPERVISOR).body()) {
                    e.path("calls").findValues("callId").stream().filter(c -> callId.equals(c.asString()))
                            .forEach(c -> holding.add(e.path("id").asString()));
                }
                assertThat(holding).as("round %d: the call is in exactly one escalation, once", round)
                        .containsExactlyElementsOf(escalationIds);
            }
        } finally {
            pool.shutdownNow();
        }
        Api.Response again = api().post("/api/transfers/" + planTransfer("CALL-" + UUID.randomUUID(), "HEALTH_STATUS", "LA_GI")
                .body().path("id").asString() + "/escalate", OPERATOR, "{\"question\":\"Bấm khi chưa gọi số nào\"}");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
    }

    @Test
    void reachabilityGaugeOnlyForUnitsWithADialableNumberAndDataGapsHaveTheirOwnGauge() {
        health.refreshGauges();
        String metrics = api().getText("/actuator/prometheus");
        assertThat(metrics).contains(gauge("hotline_unit_dialable_numbers", "UBND_TUY_PHONG") + " 0.0")
                .contains(gauge("hotline_unit_dialable_numbers", "TTYT_TANH_LINH") + " 2.0")
                .contains(gauge("hotline_unit_reachable", "TTYT_TANH_LINH") + " 1.0")
                .doesNotContain(gauge("hotline_unit_reachable", "UBND_TUY_PHONG"))
                .doesNotContain(gauge("hotline_unit_reachable", "BCD_TUY_PHONG"))
                .doesNotContain(gauge("hotline_unit_reachable", "SO_Y_TE"));

        String unit = """
                {"name":"UBND huyện Tuy Phong","kind":"DISTRICT_PEOPLES_COMMITTEE","jurisdiction":["TUY_PHONG"],
                 "transferable":true,"hotlines":[{"number":"%s","label":"Văn phòng UBND huyện","lineType":"LANDLINE",
                 "priority":1,"active":%s}]}""";
        Api.Response filled = api().put("/api/routing/units/UBND_TUY_PHONG", SUPERVISOR, unit.formatted("0252 3850 150", true));
        assertThat(filled.status()).as(filled.raw()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            health.refreshGauges();
            assertThat(api().getText("/actuator/prometheus"))
                    .contains(gauge("hotline_unit_reachable", "UBND_TUY_PHONG") + " 1.0")
                    .contains(gauge("hotline_unit_dialable_numbers", "UBND_TUY_PHONG") + " 1.0");
        });
        Api.Response off = api().put("/api/routing/units/UBND_TUY_PHONG", SUPERVISOR, unit.formatted("0252 3850 150", false));
        assertThat(off.status()).as(off.raw()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            health.refreshGauges();
            assertThat(api().getText("/actuator/prometheus"))
                    .doesNotContain(gauge("hotline_unit_reachable", "UBND_TUY_PHONG"))
                    .contains(gauge("hotline_unit_dialable_numbers", "UBND_TUY_PHONG") + " 0.0");
        });
    }

    private static String gauge(String name, String unit) {
        return name + "{application=\"routing-service\",unit=\"" + unit + "\"}";
    }
    /** #16: another operator can neither plan a transfer for someone else's call nor act on their transfer. */
    @Test
    void anOperatorCannotPlanOrDialForAnotherOperatorsCall() {
        var other = TestAuth.as("tdv02", "OPERATOR", null);
        String callId = "CALL-" + UUID.randomUUID();
        callReceived(callId, OPERATOR_USER);
        String body = "{\"callId\":\"" + callId + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}";
        Api.Response theirs = api().post("/api/transfers", other, body);
        assertThat(theirs.status()).as(theirs.raw()).isEqualTo(404);
        assertThat(theirs.body().path("detail").asString()).contains(callId);
        Api.Response mine = api().post("/api/transfers", OPERATOR, body);
        assertThat(mine.status()).as(mine.raw()).isEqualTo(201);
        String id = mine.body().path("id").asString();
        String number = mine.body().path("candidates").path(0).path("number").asString();
        assertThat(api().get("/api/transfers/" + id, other).status()).isEqualTo(404);
        assertThat(api().post("/api/transfers/" + id + "/attempts", other,
                "{\"number\":\"" + number + "\",\"outcome\":\"BUSY\"}").status()).isEqualTo(404);
        assertThat(api().post("/api/transfers/" + id + "/escalate", other,
                "{\"question\":\"Đi Hàm Tân cần giấy tờ gì?\"}").status()).isEqualTo(404);
        assertThat(api().get("/api/transfers/" + id, SUPERVISOR).status()).isEqualTo(200);
        assertThat(api().get("/api/transfers/" + id, OPERATOR).body().path("attempts").size()).isZero();
    }
    /** #11 defect 4: "wrong unit" moves the plan to the rules' next unit, never back to the one just marked wrong. */
    @Test
    void wrongUnitMovesToTheNextResponsibleUnitAndEscalationNeverGoesBackToIt() {
        String callId = "CALL-" + UUID.randomUUID();
        Api.Response plan = planTransfer(callId, "HEALTH_STATUS", "DUC_LINH");
        assertThat(plan.status()).as(plan.raw()).isEqualTo(201);
        String id = plan.body().path("id").asString();
        java.util.Set<String> wrong = new java.util.LinkedHashSet<>();
        JsonNode current = plan.body();
        while (current.has("next")) {
            String unit = current.path("next").path("unitCode").asString();
            assertThat(wrong).as("the plan offers a unit already marked wrong").doesNotContain(unit);
            Api.Response after = attempt(id, current.path("next").path("number").asString(), "WRONG_UNIT");
            assertThat(after.status()).as(after.raw()).isEqualTo(200);
            wrong.add(unit);
            current = after.body();
        }
        assertThat(wrong).hasSizeGreaterThanOrEqualTo(2);   // TTYT of the district, then the area hospital
        assertThat(current.path("status").asString()).isEqualTo("ALL_FAILED");
        assertThat(current.path("wrongUnits")).hasSize(wrong.size());

        Api.Response noUnit = api().post("/api/transfers/" + id + "/escalate", OPERATOR,
                "{\"question\":\"Người nhà ở Đức Linh sốt cao, cần hỏi ai?\"}");
        assertThat(noUnit.status()).as(noUnit.raw()).isEqualTo(400);
        assertThat(noUnit.body().path("errors").path(0).path("field").asString()).isEqualTo("unitCode");
        Api.Response sameWrong = api().post("/api/transfers/" + id + "/escalate", OPERATOR,
                "{\"question\":\"Người nhà ở Đức Linh sốt cao, cần hỏi ai?\",\"unitCode\":\"" + wrong.iterator().next() + "\"}");
        assertThat(sameWrong.status()).isEqualTo(400);
        Api.Response chosen = api().post("/api/transfers/" + id + "/escalate", OPERATOR,
                "{\"question\":\"Người nhà ở Đức Linh sốt cao, cần hỏi ai?\",\"unitCode\":\"UBND_DUC_LINH\"}");
        assertThat(chosen.status()).as(chosen.raw()).isEqualTo(200);
        String escalationId = chosen.body().path("escalationId").asString();
        assertThat(api().get("/api/escalations/" + escalationId, SUPERVISOR).body().path("unitCode").asString())
                .isEqualTo("UBND_DUC_LINH");

        JsonNode misses = api().get("/api/routing/misses?days=1", SUPERVISOR).body();
        long mine = 0;
        for (JsonNode m : misses) {
            if (id.equals(m.path("transferId").asString())) {
                mine++;
                assertThat(m.path("topic").asString()).isEqualTo("HEALTH_STATUS");
            }
        }
        assertThat(mine).isEqualTo(wrong.size());
    }
    /** #13: a rule pointing at a unit that does not exist is refused, naming the target. */
    @Test
    void aRuleToAnUnknownUnitIsRefused() {
        Api.Response unknown = api().put("/api/routing/rules/OTHER/LA_GI", SUPERVISOR,
                "{\"targets\":[\"SO_KHONG_TON_TAI\"],\"knowledgeBaseOnly\":false,\"reason\":\"thử\"}");
        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(400);
        assertThat(unknown.body().path("errors").path(0).path("field").asString()).isEqualTo("targets[0]");
        Api.Response noDistrictUnit = api().put("/api/routing/rules/OTHER/OTHER_PROVINCE", SUPERVISOR,
                "{\"targets\":[\"UBND_{locality}\"],\"knowledgeBaseOnly\":false,\"reason\":\"thử\"}");
        assertThat(noDistrictUnit.status()).as(noDistrictUnit.raw()).isEqualTo(400);
    }
}
