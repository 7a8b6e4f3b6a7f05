package vn.hotline1022.knowledge;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.knowledge.search.SearchEngine;
import vn.hotline1022.testsupport.Api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search that learns from the desk: a usage log imported through the API (bad lines reported per line, a re-import
 * adding nothing), a build on demand served by this replica with its cross-validated figures, the switch, the export
 * and a rejected phrasing turning its uses into negatives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.1S", "hotline.knowledge.learning.poll-interval=PT0.2S",
                // no scheduled build in the way of the on-demand one this test starts
                "hotline.knowledge.learning.check-interval=PT1H"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.KNOWLEDGE_CHANGED, Topics.KNOWLEDGE_SEARCH_MISSED, Topics.ESCALATION_ANSWERED})
class LearningFlowIT extends KnowledgeIT {

    /** Twelve short answers of our own, each with how callers asked for it (five wordings, rarely the answer's words). */
    static final String[][] ENTRIES = {
            {"LR-01", "Đăng ký tiêm mũi nhắc lại ở đâu?", "Người dân mang căn cước đến trạm y tế phường, xã để được hẹn lịch tiêm mũi nhắc lại.", "VACCINATION",
                    "chích mũi ba ở đâu", "mũi nhắc lại chích chỗ nào", "tôi muốn chích mũi ba thì đi đâu", "đăng ký mũi ba làm sao", "hẹn lịch chích mũi nhắc"},
            {"LR-02", "Xe khách liên tỉnh có chạy không?", "Bến xe Bắc Bình Thuận mở lại các tuyến liên tỉnh; hành khách mua vé tại quầy và khai báo y tế.", "TRAVEL_TRANSPORT",
                    "có xe đò đi Sài Gòn không", "xe đò liên tỉnh chạy lại chưa", "mua vé xe đò ở đâu", "bến xe mở cửa chưa", "đi xe đò vô thành phố được không"},
            {"LR-03", "Hỗ trợ người bán vé số dạo", "Người bán vé số dạo nộp đơn tại UBND xã, phường nơi cư trú; mức hỗ trợ một lần là 1.500.000 đồng.", "HARDSHIP_SUPPORT",
                    "bán vé số có được tiền hỗ trợ không", "người bán vé số xin tiền ở đâu", "tiền cho người vé số bao nhiêu", "dì tôi bán vé số dạo được nhận tiền không", "làm đơn xin tiền bán vé số"},
            {"LR-04", "Giá thịt heo ở chợ hôm nay", "Sở Công Thương niêm yết giá bình ổn tại các chợ; thịt heo đùi khoảng 110.000 đồng một ký.", "PRICES_GOODS",
                    "thịt heo bao nhiêu một ký", "giá heo ở chợ phan thiết", "chợ bán thịt heo giá mắc quá", "ký thịt đùi giá nhiêu", "giá thịt ngoài chợ bình ổn không"},
            {"LR-05", "Trợ cấp thất nghiệp nộp hồ sơ ở đâu?", "Người lao động nộp hồ sơ tại Trung tâm Dịch vụ việc làm tỉnh trong ba tháng kể từ ngày nghỉ việc.", "UNEMPLOYMENT",
                    "nghỉ việc lãnh tiền ở đâu", "bị mất việc làm hồ sơ lãnh tiền", "lãnh bảo hiểm thất nghiệp ở đâu", "công ty cho nghỉ thì lãnh tiền chỗ nào", "hồ sơ lãnh tiền nghỉ việc trong mấy tháng"},
            {"LR-06", "Nhà cách ly được hỗ trợ lương thực không?", "Hộ đang cách ly được UBND xã cấp gạo, mì và rau củ mỗi tuần cho đến hết thời gian cách ly.", "QUARANTINE_FOOD",
                    "nhà đang cách ly có được cho gạo không", "cách ly ở nhà hết gạo ăn", "xin gạo mì khi cách ly", "nhà bị phong tỏa có ai cho đồ ăn không", "hết đồ ăn trong lúc cách ly"},
            {"LR-07", "Giấy đi đường xin ở đâu?", "Cơ quan, doanh nghiệp cấp giấy đi đường cho nhân viên; người dân tự do xin xác nhận của công an phường.", "MOVEMENT_DIRECTIVES",
                    "xin giấy đi làm ở đâu", "giấy đi làm ai cấp", "đi làm cần giấy gì", "công an phường xác nhận giấy đi làm", "không có giấy đi làm có bị phạt không"},
            {"LR-08", "Xét nghiệm nhanh miễn phí ở đâu?", "Trạm y tế xã lấy mẫu xét nghiệm nhanh miễn phí cho người có triệu chứng ho, sốt hoặc tiếp xúc gần.", "TESTING_QUARANTINE",
                    "test nhanh miễn phí ở đâu", "bị sốt muốn test nhanh", "ho sốt đi test ở chỗ nào", "test nhanh có mất tiền không", "tiếp xúc gần thì test ở đâu"},
            {"LR-09", "Điều trị tại nhà cần làm gì?", "Người mắc điều trị tại nhà báo trạm y tế, đo nhiệt độ và nồng độ oxy hai lần mỗi ngày, gọi 115 khi khó thở.", "HEALTH_STATUS",
                    "bị dương tính ở nhà làm gì", "dương tính điều trị ở nhà được không", "ở nhà bị khó thở gọi ai", "dương tính cần đo oxy không", "người nhà dương tính tự chữa ở nhà"},
            {"LR-10", "Tàu ra đảo Phú Quý có chạy không?", "Tàu cao tốc Phan Thiết – Phú Quý chạy mỗi sáng, hành khách cần giấy xét nghiệm âm tính trong 72 giờ.", "TRAVEL_TRANSPORT",
                    "tàu đi phú quý mấy giờ", "ra đảo cần giấy gì", "tàu ra đảo chạy lại chưa", "đi phú quý cần test không", "mua vé tàu ra đảo"},
            {"LR-11", "Trẻ em có được tiêm vắc xin không?", "Trẻ từ 12 đến 17 tuổi được tiêm tại trường học theo danh sách nhà trường lập, phụ huynh ký phiếu đồng ý.", "VACCINATION",
                    "con tôi 15 tuổi có được chích không", "chích cho con nít ở đâu", "học sinh chích ở trường hả", "phụ huynh ký giấy chích cho con", "con nít mấy tuổi thì được chích"},
            {"LR-12", "Quán ăn được mở lại khi nào?", "Quán ăn chỉ bán mang về đến khi tỉnh có thông báo mới; phục vụ tại chỗ tạm dừng.", "MOVEMENT_DIRECTIVES",
                    "quán ăn mở bán chưa", "được ngồi ăn ở quán không", "bán hàng ăn mang về tới bao giờ", "quán cà phê ngồi tại chỗ được chưa", "khi nào quán ăn mở lại"},
    };
    static final int GOOD_LINES = 60;

    @Autowired
    SearchEngine engine;

    @Test
    void theSearchLearnsFromAnImportedLogAndCanBeSwitchedOff() throws Exception {
        publishEntries();
        String log = usageLog();

        JsonNode first = importAndWait(log);
        assertThat(first.path("total").asInt()).isEqualTo(GOOD_LINES + 6);
        assertThat(first.path("imported").asInt()).isEqualTo(GOOD_LINES);
        assertThat(first.path("duplicates").asInt()).isZero();
        assertThat(first.path("failed").asInt()).isEqualTo(6);
        List<String> fields = new ArrayList<>();
        first.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("externalId", "externalId", "externalId", "question", "usedAt", "line");
        JsonNode unknown = first.path("errors").get(0);
        assertThat(unknown.path("line").asInt()).isEqualTo(GOOD_LINES + 1);
        assertThat(unknown.path("externalId").asString()).isEqualTo("LR-99");
        assertThat(unknown.path("reason").asString()).contains("Không có mục tri thức");
        // imported uses train the model only: nobody at this desk read those answers out
        assertThat(api().get("/api/knowledge/entries/" + idOf("LR-04"), SUPERVISOR).body().path("learnedPhrasings").size()).isZero();

        JsonNode again = importAndWait(log);
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(GOOD_LINES);

        Api.Response rebuild = api().post("/api/knowledge/learning/rebuild", SUPERVISOR, "");
        assertThat(rebuild.status()).as(rebuild.raw()).isEqualTo(202);
        JsonNode serving = await().atMost(Duration.ofSeconds(90)).until(() -> status().path("serving"),
                s -> s.isObject() && s.path("version").isNumber());
        assertThat(serving.path("pairs").asInt()).isEqualTo(GOOD_LINES);
        JsonNode cv = serving.path("crossValidation");
        assertThat(cv.path("folds").asInt()).isEqualTo(5);
        assertThat(cv.path("queries").asInt()).isEqualTo(GOOD_LINES);
        assertThat(cv.path("lexical").path("recall5").asDouble()).isBetween(0.0, 1.0);
        assertThat(cv.path("learned").path("mrr10").asDouble()).isBetween(0.0, 1.0);
        assertThat(serving.path("blend").path("depth").asInt()).isPositive();
        assertThat(serving.path("storedBytes").asLong()).isPositive();
        JsonNode status = status();
        assertThat(status.path("enabled").asBoolean()).isTrue();
        assertThat(status.path("usage").path("pairs").asLong()).isEqualTo(GOOD_LINES);
        assertThat(status.path("usage").path("sinceLastModel").asLong()).isZero();
        assertThat(status.path("lastBuild").path("status").asString()).isEqualTo("DONE");
        assertThat(status.path("lastBuild").path("trigger").asString()).isEqualTo("ON_DEMAND");
        long version = serving.path("version").asLong();
        assertThat(engine.model()).isNotNull();
        assertThat(database.getCollection("learning_models").countDocuments(Filters.eq("_id", version))).isEqualTo(1);
        assertThat(database.getCollection("learning_model_chunks").countDocuments(Filters.eq("version", version))).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> !status().path("building").asBoolean());
        String metrics = api().getText("/actuator/prometheus");
        assertThat(metrics).contains("hotline_knowledge_learning_builds_total{application=\"knowledge-service\",outcome=\"DONE\"} 1.0")
                .contains("hotline_knowledge_learning_model_version{application=\"knowledge-service\"} " + version + ".0");

        // the search still answers, with the learned re-ranking in
        assertThat(searchIds("Giá thịt heo ở chợ hôm nay").stream().limit(3)).contains(idOf("LR-04"));
        assertThat(searchIds("chích mũi ba ở đâu")).contains(idOf("LR-01"));

        // another replica building: one build at a time across replicas
        var state = database.getCollection("learning_state");
        state.updateOne(Filters.eq("_id", "state"), Updates.set("lease", new Document("owner", "other-replica")
                .append("until", new Date(System.currentTimeMillis() + 60_000))));
        Api.Response busy = api().post("/api/knowledge/learning/rebuild", SUPERVISOR, "");
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.header("Content-Type")).contains("application/problem+json");
        assertThat(status().path("building").asBoolean()).isTrue();
        state.updateOne(Filters.eq("_id", "state"), Updates.set("lease", null));

        // the export carries the log to another province; importing it here adds nothing
        List<JsonNode> exported = export("");
        assertThat(exported).hasSize(GOOD_LINES);
        assertThat(exported).allSatisfy(line -> assertThat(line.path("source").asString()).isEqualTo("IMPORT"));
        assertThat(exported.stream().map(l -> l.path("externalId").asString() + "|" + l.path("question").asString()))
                .containsExactlyInAnyOrderElementsOf(goodLines().keySet());
        assertThat(exported.stream().filter(l -> l.path("usedAt").isString())).hasSize(GOOD_LINES / 2);
        StringBuilder back = new StringBuilder();
        exported.forEach(l -> back.append(l).append('\n'));
        JsonNode reimported = importAndWait(back.toString());
        assertThat(reimported.path("duplicates").asInt()).as(reimported.toString()).isEqualTo(GOOD_LINES);

        // a rejected phrasing makes every use with those words (any accents) a negative
        String pork = idOf("LR-04");
        Api.Response used = api().post("/api/knowledge/entries/" + pork + "/used", OPERATOR,
                "{\"callId\":\"CALL-LR-1\",\"question\":\"Thịt heo bao nhiêu một ký?\"}");
        assertThat(used.status()).as(used.raw()).isEqualTo(200);
        assertThat(database.getCollection("usage").countDocuments(Filters.eq("source", "DESK"))).isEqualTo(1);
        assertThat(status().path("usage").path("sinceLastModel").asLong()).isEqualTo(1);
        String phrasing = used.body().path("learnedPhrasings").get(0).path("id").asString();
        assertThat(api().delete("/api/knowledge/entries/" + pork + "/learned-phrasings/" + phrasing, SUPERVISOR).status())
                .isEqualTo(200);
        JsonNode usage = status().path("usage");
        assertThat(usage.path("rejected").asLong()).isEqualTo(2);
        assertThat(usage.path("pairs").asLong()).isEqualTo(GOOD_LINES - 1);
        assertThat(export("")).hasSize(GOOD_LINES - 1);
        List<JsonNode> withRejected = export("?includeRejected=true");
        assertThat(withRejected).hasSize(GOOD_LINES + 1);
        assertThat(withRejected.stream().filter(l -> l.path("rejected").asBoolean())).hasSize(2);

        // the switch: off here at once, then on again from the stored model
        Api.Response off = api().put("/api/knowledge/learning", SUPERVISOR, "{\"enabled\":false}");
        assertThat(off.status()).as(off.raw()).isEqualTo(200);
        assertThat(off.body().path("enabled").asBoolean()).isFalse();
        assertThat(off.body().path("serving").isNull()).isTrue();
        assertThat(engine.model()).isNull();
        assertThat(status().path("enabled").asBoolean()).isFalse();
        assertThat(searchIds("Giá thịt heo ở chợ hôm nay")).contains(pork);
        Api.Response on = api().put("/api/knowledge/learning", SUPERVISOR, "{\"enabled\":true}");
        assertThat(on.body().path("serving").path("version").asLong()).isEqualTo(version);
        assertThat(engine.model()).isNotNull();
    }

    @Test
    void operatorsMayNotTouchTheLogOrTheLearning() {
        assertThat(api().get("/api/knowledge/learning", OPERATOR).status()).isEqualTo(403);
        assertThat(api().put("/api/knowledge/learning", OPERATOR, "{\"enabled\":false}").status()).isEqualTo(403);
        assertThat(api().post("/api/knowledge/learning/rebuild", OPERATOR, "").status()).isEqualTo(403);
        assertThat(api().upload("/api/knowledge/usage/import", OPERATOR, "application/x-ndjson",
                "{\"externalId\":\"LR-01\",\"question\":\"q\"}".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(api().get("/api/knowledge/usage/imports/x", OPERATOR).status()).isEqualTo(403);
        assertThat(api().get("/api/knowledge/usage/export", OPERATOR).status()).isEqualTo(403);
    }

    @Test
    void badImportsAreProblems() {
        Api.Response empty = api().upload("/api/knowledge/usage/import", SUPERVISOR, "application/x-ndjson", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(api().upload("/api/knowledge/usage/import", SUPERVISOR, "application/x-ndjson", "\n \n".getBytes(
                StandardCharsets.UTF_8)).body().path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(api().upload("/api/knowledge/usage/import", SUPERVISOR, "text/csv", new byte[] {1}).status()).isEqualTo(415);
        Api.Response unknown = api().get("/api/knowledge/usage/imports/no-such-import", SUPERVISOR);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).contains("application/problem+json");
    }

    private void publishEntries() {
        publishEntries(api(), SUPERVISOR);
    }

    /** The twelve entries, published through the import (shared with {@link LearningScheduleIT}). */
    static void publishEntries(Api api, HttpHeaders supervisor) {
        StringBuilder ndjson = new StringBuilder();
        for (String[] e : ENTRIES) {
            ndjson.append(JSON.writeValueAsString(Map.of("externalId", e[0], "question", e[1], "answer", e[2],
                    "topic", e[3], "status", "PUBLISHED"))).append('\n');
        }
        Api.Response r = api.upload("/api/knowledge/import", supervisor, "application/x-ndjson",
                ndjson.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        assertThat(r.body().path("created").asInt() + r.body().path("unchanged").asInt()).isEqualTo(ENTRIES.length);
    }

    /** "externalId|question" of every good line, in file order. */
    private static Map<String, Integer> goodLines() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String[] e : ENTRIES) {
            for (int q = 4; q < e.length; q++) {
                lines.put(e[0] + "|" + e[q], lines.size());
            }
        }
        return lines;
    }

    /** The good lines (every other one dated, by day or by instant), then six that cannot be taken. */
    private static String usageLog() {
        StringBuilder log = new StringBuilder();
        for (var line : goodLines().entrySet()) {
            String[] parts = line.getKey().split("\\|", 2);
            Map<String, String> fields = new LinkedHashMap<>(Map.of("externalId", parts[0], "question", parts[1]));
            int i = line.getValue();
            if (i % 2 == 0) {
                fields.put("usedAt", i % 4 == 0 ? "2021-09-0" + (1 + i % 9) : "2021-09-1" + (i % 9) + "T02:30:00Z");
            }
            log.append(JSON.writeValueAsString(fields)).append('\n');
        }
        log.append("{\"externalId\":\"LR-99\",\"question\":\"mục không có\"}\n");
        log.append("{\"externalId\":\"LR-98\",\"question\":\"mục cũng không có\",\"usedAt\":\"2021-09-02\"}\n");
        log.append("{\"externalId\":\"LR-97\",\"question\":\"mục thứ ba không có\"}\n");
        log.append("{\"externalId\":\"LR-01\",\"question\":\"   \"}\n");
        log.append("{\"externalId\":\"LR-02\",\"question\":\"xe đò\",\"usedAt\":\"hôm qua\"}\n");
        log.append("không phải JSON\n");
        return log.toString();
    }

    private JsonNode importAndWait(String ndjson) {
        Api.Response accepted = api().upload("/api/knowledge/usage/import", SUPERVISOR, "application/x-ndjson",
                ndjson.getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/knowledge/usage/imports/");
        assertThat(accepted.body().path("status").asString()).isEqualTo("RUNNING");
        return await().atMost(Duration.ofSeconds(60)).until(() -> api().get(location, SUPERVISOR).body(),
                p -> "DONE".equals(p.path("status").asString()));
    }

    private JsonNode status() {
        Api.Response r = api().get("/api/knowledge/learning", SUPERVISOR);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private List<String> searchIds(String q) {
        Api.Response r = api().get("/api/knowledge/search?q=" + Api.path(q), OPERATOR);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.body().path("hits").forEach(h -> ids.add(h.path("id").asString()));
        return ids;
    }

    /** The export is NDJSON, one document per line (the test client reads only a single JSON document). */
    private List<JsonNode> export(String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/knowledge/usage/export" + query)).GET();
        SUPERVISOR.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
