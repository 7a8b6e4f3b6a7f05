package vn.hotline1022.knowledge;

import com.mongodb.client.model.Filters;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.Envelopes;
import vn.hotline1022.testsupport.TopicReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Import → publish → search → public feed, escalation answers → drafts, and bad input, on a real KRaft broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.1S", "hotline.knowledge.import-async-threshold=50"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.KNOWLEDGE_CHANGED, Topics.KNOWLEDGE_SEARCH_MISSED, Topics.ESCALATION_ANSWERED})
class KnowledgeFlowIT extends KnowledgeIT {

    static final String NDJSON = """
            {"externalId":"IT-VX-01","question":"Tiêm vắc xin COVID-19 ở Phan Thiết đăng ký ở đâu?","answer":"Người dân đăng ký tại trạm y tế phường, xã nơi cư trú hoặc qua Sổ sức khỏe điện tử.","topic":"VACCINATION","tags":["tiêm chủng"]}
            {"externalId":"IT-GDD-01","question":"Giấy đi đường cấp ở đâu?","answer":"Giấy đi đường do UBND xã, phường cấp cho người đi làm nhiệm vụ thiết yếu.","topic":"MOVEMENT_DIRECTIVES","status":"APPROVED"}
            {"externalId":"IT-BAD-01","question":"","answer":"Thiếu câu hỏi","topic":"VACCINATION"}
            {"externalId":"IT-BAD-02","question":"Chủ đề sai","answer":"x","topic":"NOPE"}
            not json
            """;

    @DynamicPropertySource
    static void missSettle(DynamicPropertyRegistry registry) {
        registry.add("hotline.knowledge.miss-settle", () -> "PT1S");
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    private Api.Response importNdjson(String body) {
        return api().upload("/api/knowledge/import", SUPERVISOR, "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importPublishSearchAndPublicFeed() {
        Api.Response first = importNdjson(NDJSON);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("created").asInt()).isEqualTo(2);
        assertThat(first.body().path("failed").asInt()).isEqualTo(3);
        assertThat(first.body().path("errors").findValues("line")).extracting(JsonNode::asInt).contains(3, 4, 5);
        assertThat(first.body().path("errors").findValues("field")).extracting(JsonNode::asString).contains("question", "topic");

        Api.Response again = importNdjson(NDJSON);
        assertThat(again.body().path("unchanged").asInt()).isEqualTo(2);
        assertThat(database.getCollection("entries").countDocuments(Filters.eq("externalId", "IT-VX-01"))).isEqualTo(1);

        String vx = idOf("IT-VX-01");
        String gdd = idOf("IT-GDD-01");
        // a DRAFT is not for operators
        assertThat(search("tiem vac xin phan thiet")).extracting(h -> h.path("id").asString()).doesNotContain(vx);
        assertThat(api().post("/api/knowledge/entries/" + vx + "/publish", SUPERVISOR, "").status()).isEqualTo(409);
        assertThat(api().post("/api/knowledge/entries/" + vx + "/approve", SUPERVISOR, "").status()).isEqualTo(200);
        Api.Response published = api().post("/api/knowledge/entries/" + vx + "/publish", SUPERVISOR, "");
        assertThat(published.body().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.body().path("history").findValuesAsString("action")).contains("CREATED", "APPROVE", "PUBLISH");

        assertThat(search("tiem vac xin o phan thiet").get(0).path("id").asString()).isEqualTo(vx);
        assertThat(search("Tiêm vắc xin ở Phan Thiết").get(0).path("id").asString()).isEqualTo(vx);
        assertThat(search("giay di duong").get(0).path("id").asString()).isEqualTo(gdd);
        assertThat(search("giay di duong").get(0).path("answerSnippet").asString()).contains("<mark>");
        assertThat(api().get("/api/knowledge/suggest?q=" + Api.path("tiêm vắ"), OPERATOR).body()
                .findValuesAsString("id")).contains(vx);

        Api.Response feed = api().get("/public/answers", new HttpHeaders());
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Cache-Control")).contains("max-age=300");
        assertThat(feed.header("ETag")).isNotBlank();
        assertThat(feed.body().path("items").findValuesAsString("id")).containsExactly(vx);
        assertThat(feed.raw()).doesNotContain("internalNote").doesNotContain("history");
        Api.Response atom = api().get("/public/answers.atom", new HttpHeaders());
        assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(atom.raw()).contains("Tiêm vắc xin COVID-19").doesNotContain("Giấy đi đường cấp");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicReader.forKey(bootstrap, Topics.KNOWLEDGE_CHANGED, vx).stream()
                        .map(e -> e.path("payload").path("status").asString()))
                        .containsSubsequence("DRAFT", "APPROVED", "PUBLISHED"));
    }

    @Test
    void usedCallsBecomeLearnedPhrasingsAndMissesAreRecorded() {
        importNdjson("""
                {"externalId":"IT-TN-01","question":"Hỗ trợ người lao động mất việc","answer":"Người lao động bị chấm dứt hợp đồng được hưởng trợ cấp thất nghiệp.","topic":"UNEMPLOYMENT","status":"PUBLISHED"}
                """);
        String id = idOf("IT-TN-01");
        double before = scoreOf(search("bi cong ty cho nghi thi nhan tien o dau"), id);
        Api.Response used = api().post("/api/knowledge/entries/" + id + "/used", OPERATOR,
                "{\"callId\":\"CALL-1\",\"question\":\"bị công ty cho nghỉ thì nhận tiền ở đâu\"}");
        assertThat(used.status()).as(used.raw()).isEqualTo(200);
        assertThat(used.body().path("usageCount").asLong()).isEqualTo(1);
        assertThat(used.body().path("learnedPhrasings").findValuesAsString("text")).hasSize(1);
        List<JsonNode> learned = search("bi cong ty cho nghi thi nhan tien o dau");
        assertThat(learned.get(0).path("id").asString()).as(learned.toString()).isEqualTo(id);
        assertThat(scoreOf(learned, id)).isGreaterThan(before * 2);

        // typed as the console sends it: a burst of growing queries is one miss, recorded once typing settles
        Api.Response miss = null;
        for (String typed : List.of("giá vé máy", "giá vé máy bay", "giá vé máy bay Phú Quốc")) {
            miss = api().get("/api/knowledge/search?q=" + Api.path(typed), OPERATOR);
        }
        assertThat(miss.body().path("goodHit").asBoolean()).isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/knowledge/search-misses", SUPERVISOR).body().findValuesAsString("query"))
                        .contains("giá vé máy bay Phú Quốc").doesNotContain("giá vé máy", "giá vé máy bay"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.KNOWLEDGE_SEARCH_MISSED).stream()
                        .map(e -> e.path("payload").path("query").asString())).contains("giá vé máy bay Phú Quốc"));
    }

    @Test
    void escalationAnswerBecomesOneDraftEvenWhenRedelivered() {
        String escalationId = "ESC-" + UUID.randomUUID();
        var event = EventEnvelope.of(EventType.ESCALATION_ANSWERED, escalationId, new EscalationAnswered(escalationId,
                "UBND_LA_GI", "Hộ kinh doanh ở La Gi đăng ký hỗ trợ ở đâu?", "Nộp đơn tại UBND phường nơi đăng ký kinh doanh.",
                "HARDSHIP_SUPPORT", "LA_GI", List.of("CALL-9")), Instant.now());
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(event);
        sendAnswered(escalationId, json, json);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response draft = api().get("/api/knowledge/entries/esc-" + escalationId, SUPERVISOR);
            assertThat(draft.status()).isEqualTo(200);
            assertThat(draft.body().path("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.body().path("escalationId").asString()).isEqualTo(escalationId);
            assertThat(draft.body().path("localities").findValuesAsString("")).isEmpty();
        });
        assertThat(database.getCollection("entries").countDocuments(Filters.eq("escalationId", escalationId))).isEqualTo(1);
        assertThat(api().get("/api/knowledge/entries/esc-" + escalationId, OPERATOR).status()).isEqualTo(404);
    }

    /** #12: an answer breaking the contract is parked at once, naming the field; an unknown field is ignored. */
    @Test
    void anAnsweredEventWithoutItsAnswerIsDeadLetteredAndOneWithAFieldKnowledgeDoesNotKnowBecomesADraft() {
        String broken = "ESC-" + UUID.randomUUID();
        String extended = "ESC-" + UUID.randomUUID();
        sendAnswered(broken, Envelopes.withPayload(answered(broken), p -> p.remove("answer")));
        sendAnswered(extended, Envelopes.withPayload(answered(extended), p -> p.put("answeredBy", "Trần Văn Minh")
                .putArray("attachments").add("quyet-dinh-12.pdf")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/knowledge/entries/esc-" + extended, SUPERVISOR).body().path("status")
                        .asString()).isEqualTo("DRAFT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicReader.deadLetterReasons(bootstrap, Topics.ESCALATION_ANSWERED, broken))
                        .containsExactly("payload.answer: bắt buộc"));
        assertThat(api().get("/api/knowledge/entries/esc-" + broken, SUPERVISOR).status()).isEqualTo(404);
    }

    private static String answered(String escalationId) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(EventEnvelope.of(
                EventType.ESCALATION_ANSWERED, escalationId, new EscalationAnswered(escalationId, "SO_GTVT",
                        "Xe khách Phan Thiết đi TP. Hồ Chí Minh chạy lại chưa?", "Đã chạy lại từ ngày 15.",
                        "TRAVEL_TRANSPORT", "PHAN_THIET", List.of("CALL-10")), Instant.now()));
    }

    private void sendAnswered(String escalationId, String... values) {
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(java.util.Map.of(
                "bootstrap.servers", bootstrap, "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class,
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class))) {
            for (String value : values) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.ESCALATION_ANSWERED, escalationId, value));
            }
        }
    }

    @Test
    void csvAndXlsxImportsUpsertByExternalId() throws IOException {
        String csv = "externalId,question,answer,topic,tags,status\n"
                + "IT-CSV-01,\"Giá rau, thịt ở chợ Phan Thiết?\",\"Giá bình ổn; xem bảng \"\"niêm yết\"\"\",PRICES_GOODS,giá cả;chợ,PUBLISHED\n"
                + "IT-CSV-02,Thiếu chủ đề,Trả lời,,,\n";
        Api.Response r = api().upload("/api/knowledge/import", SUPERVISOR, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.body().path("created").asInt()).as(r.raw()).isEqualTo(1);
        assertThat(r.body().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(search("gia rau thit cho phan thiet").get(0).path("answerSnippet").asString()).contains("&quot;niêm yết&quot;");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var sheet = book.createSheet("Hỏi đáp");
            String[][] rows = {{"externalId", "question", "answer", "topic", "status"},
                    {"IT-CSV-01", "Giá rau, thịt ở chợ Phan Thiết hôm nay?", "Giá bình ổn, xem bảng niêm yết tại chợ.", "PRICES_GOODS", "PUBLISHED"}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    row.createCell(c).setCellValue(rows[i][c]);
                }
            }
            book.write(xlsx);
        }
        Api.Response x = api().upload("/api/knowledge/import", SUPERVISOR, ImportTypes.XLSX, xlsx.toByteArray());
        assertThat(x.body().path("updated").asInt()).as(x.raw()).isEqualTo(1);
        assertThat(database.getCollection("entries").countDocuments(Filters.eq("externalId", "IT-CSV-01"))).isEqualTo(1);
    }

    @Test
    void largeImportRunsInTheBackgroundAndReportsProgress() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            big.append("{\"externalId\":\"IT-BIG-").append(i).append("\",\"question\":\"Câu hỏi số ").append(i)
                    .append(" về cách ly tại nhà\",\"answer\":\"Trả lời số ").append(i).append("\",\"topic\":\"TESTING_QUARANTINE\",\"status\":\"PUBLISHED\"}\n");
        }
        Api.Response accepted = importNdjson(big.toString());
        assertThat(accepted.status()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/knowledge/imports/");
        assertThat(search("cach ly tai nha")).isNotNull();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode progress = api().get(location, SUPERVISOR).body();
            assertThat(progress.path("status").asString()).isEqualTo("DONE");
            assertThat(progress.path("created").asInt()).isEqualTo(120);
        });
    }

    @Test
    void badInputIsProblemJsonNamingTheField() {
        JsonNode noTopic = api().post("/api/knowledge/entries", SUPERVISOR,
                "{\"question\":\"Hỏi\",\"answer\":\"Đáp\",\"topic\":\"KHONG_CO\"}").problem(400);
        assertThat(noTopic.path("errors").get(0).path("field").asString()).isEqualTo("topic");
        assertThat(api().get("/api/knowledge/search?q=x&limit=500", OPERATOR).body().path("errors").get(0)
                .path("field").asString()).isEqualTo("limit");
        assertThat(api().get("/api/knowledge/search", OPERATOR).body().path("errors").get(0).path("field").asString())
                .isEqualTo("q");
        assertThat(api().post("/api/knowledge/entries", OPERATOR, "{\"question\":\"Hỏi\",\"answer\":\"Đáp\",\"topic\":\"OTHER\"}")
                .status()).isEqualTo(403);
        assertThat(api().upload("/api/knowledge/import", SUPERVISOR, "application/pdf", new byte[] {1}).status()).isEqualTo(415);
        assertThat(api().upload("/api/knowledge/import", SUPERVISOR, ImportTypes.XLSX, new byte[] {1, 2, 3}).body()
                .path("errors").get(0).path("field").asString()).isEqualTo("body");
        assertThat(api().get("/public/answers?size=1000", new HttpHeaders()).status()).isEqualTo(400);
    }

    private static double scoreOf(List<JsonNode> hits, String id) {
        return hits.stream().filter(h -> id.equals(h.path("id").asString())).mapToDouble(h -> h.path("score").asDouble())
                .findFirst().orElse(0);
    }

    private List<JsonNode> search(String q) {
        Api.Response r = api().get("/api/knowledge/search?q=" + Api.path(q), OPERATOR);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        List<JsonNode> hits = new java.util.ArrayList<>();
        r.body().path("hits").forEach(hits::add);
        return hits;
    }

    static final class ImportTypes {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
