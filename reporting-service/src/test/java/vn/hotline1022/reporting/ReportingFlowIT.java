package vn.hotline1022.reporting;

import vn.hotline1022.testsupport.Envelopes;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.TopicReader;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.contracts.events.EscalationAnswered;
import vn.hotline1022.contracts.events.EscalationOverdue;
import vn.hotline1022.contracts.events.EscalationRaised;
import vn.hotline1022.contracts.events.KnowledgeChanged;
import vn.hotline1022.contracts.events.KnowledgeSearchMissed;
import vn.hotline1022.contracts.events.TransferAttempted;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.contracts.events.UnitUnreachable;
import vn.hotline1022.reporting.metrics.TopicSpikeMetrics;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events in on a real (embedded KRaft) broker, figures out over HTTP: every event type reporting reads, then the
 * same events replayed and duplicated, after which every figure must be unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.1S", "hotline.reporting.metrics.refresh=PT1H",
                "hotline.digest.signer-name=Nguyễn Văn Thông"})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers", topics = {
        Topics.CALL_RECEIVED, Topics.CALL_CLOSED, Topics.TRANSFER_ATTEMPTED, Topics.TRANSFER_COMPLETED,
        Topics.UNIT_UNREACHABLE, Topics.UNIT_CHANGED, Topics.ESCALATION_ANSWERED, Topics.ESCALATION_OVERDUE, Topics.KNOWLEDGE_CHANGED,
        Topics.KNOWLEDGE_SEARCH_MISSED, Topics.DIGEST_GENERATED, "hotline.escalations.SO_GTVT.v1",
        "hotline.escalations.SO_LDTBXH.v1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingFlowIT extends ReportingIT {

    private static final String DAY = "2025-06-02";
    private static final Instant D = Instant.parse("2025-06-02T00:00:00Z"); // 07:00 in Bình Thuận
    private static final String QUESTION_A = "Xe khách từ Phan Thiết đi Thành phố Hồ Chí Minh có cần giấy xét nghiệm không?";
    private static final String QUESTION_B = "xe khach tu Phan Thiet di thanh pho Ho Chi Minh co can giay xet nghiem khong";
    private static final String QUESTION_C = "Tài xế chở hàng vào khu công nghiệp Hàm Kiệm có phải cách ly không?";
    private static final String QUESTION_D = "Giờ hoạt động của bến xe Bắc Phan Thiết trong thời gian giãn cách?";

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    TopicSpikeMetrics spikeMetrics;

    private final List<String[]> published = new ArrayList<>(); // topic, key, value: replayed later

    @BeforeAll
    void publishOneDayOfEvents() throws Exception {
        call("C1", "tdv.lan", "PHONE", "PHAN_THIET", "TRAVEL_TRANSPORT", 70, false);
        call("C2", "tdv.lan", "PHONE", "LA_GI", "TRAVEL_TRANSPORT", 80, false);
        call("C3", "tdv.minh", "ZALO", "HAM_TAN", "PRICES_GOODS", 125, false);
        call("C4", "tdv.minh", "PHONE", "PHAN_THIET", "VACCINATION", 210, true);
        call("C5", "tdv.lan", "PHONE", "LA_GI", "HARDSHIP_SUPPORT", 300, false);
        closed("C1", "ANSWERED_FROM_KB", 100, "KB-1", null, 72);
        closed("C2", "ANSWERED_FROM_KB", 200, "KB-1", null, 84);
        closed("C3", "TRANSFERRED", 300, null, "SO_CONG_THUONG", 130);
        closed("C4", "ANSWERED_FROM_KB", 400, "KB-2", null, 217);
        // one caller, two questions: one answered from the KB, one escalated; the call counts once, as ESCALATED
        closed("C5", "ESCALATED", 1000, null, "SO_LDTBXH", 317, List.of(
                new CallClosed.Question(1, "ANSWERED_FROM_KB", "OTHER", "KB-2", null, "Câu hỏi thứ nhất"),
                new CallClosed.Question(2, "ESCALATED", "OTHER", null, "SO_LDTBXH", null)));

        attempt("T1", "C3", "SO_CONG_THUONG", "0252***1111", "BUSY", 1, 126);
        attempt("T1", "C3", "SO_CONG_THUONG", "0252***2222", "CONNECTED", 2, 127);
        completed("T1", "C3", "SO_CONG_THUONG", true, 2, 127);
        attempt("T2", "C2", "SO_GTVT", "0252***3333", "NO_ANSWER", 1, 81);
        attempt("T2", "C2", "SO_GTVT", "0252***3333", "NO_ANSWER", 2, 82);
        completed("T2", "C2", "SO_GTVT", false, 2, 82);
        send(Topics.UNIT_UNREACHABLE, "SO_CONG_THUONG", EventType.UNIT_UNREACHABLE,
                new UnitUnreachable("SO_CONG_THUONG", 3, D.plusSeconds(240 * 60)), D.plusSeconds(240 * 60));
        // routing's directory; the second SO_GTVT is an older version arriving late and must not win
        unit("SO_GTVT", "Sở Giao thông vận tải", 1, 3);
        unit("SO_GTVT", "Sở GTVT (tên cũ)", 1, 2);
        unit("SO_CONG_THUONG", "Sở Công Thương", 1, 1);
        unit("SO_LDTBXH", "Sở Lao động, Thương binh và Xã hội", 1, 1);
        unit("UBND_LA_GI", "Ủy ban nhân dân thị xã La Gi", 0, 1);

        raised("ESC-A", "SO_GTVT", QUESTION_A, 2, 90, 25 * 60);
        raised("ESC-B", "SO_GTVT", QUESTION_B, 3, 95, 26 * 60);
        raised("ESC-C", "SO_GTVT", QUESTION_C, 1, 100, 27 * 60);
        raised("ESC-D", "SO_GTVT", QUESTION_D, 1, 105, 28 * 60);
        raised("ESC-E", "SO_LDTBXH", "Người lao động tự do mất việc đăng ký nhận hỗ trợ ở đâu?", 1, 318, 9 * 60);
        send(Topics.ESCALATION_ANSWERED, "ESC-D", EventType.ESCALATION_ANSWERED, new EscalationAnswered("ESC-D",
                "SO_GTVT", QUESTION_D, "Bến xe mở cửa từ 5 giờ đến 17 giờ.", "TRAVEL_TRANSPORT", "PHAN_THIET",
                List.of("C9")), D.plusSeconds(360 * 60));
        send(Topics.ESCALATION_OVERDUE, "ESC-E", EventType.ESCALATION_OVERDUE,
                new EscalationOverdue("ESC-E", "SO_LDTBXH", D.plusSeconds(9 * 3600)), D.plusSeconds(9 * 3600 + 60));

        knowledge("KB-1", 1, "DRAFT", 10);
        knowledge("KB-1", 2, "PUBLISHED", 20);
        knowledge("KB-2", 1, "PUBLISHED", 30);
        miss("giá rau ở chợ Hàm Tân tăng gấp đôi", 140);
        miss("gia rau o cho Ham Tan tang gap doi", 150);
        miss("cách ly tại nhà mấy ngày", 160);
    }

    @Test
    void figuresMatchTheEventsAndSurviveReplaysAndDuplicates() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode s = getJson("/api/reports/summary?from=" + DAY + "&to=" + DAY);
            assertThat(s.path("totalCalls").asLong()).isEqualTo(5);
            assertThat(s.path("closedCalls").asLong()).isEqualTo(5);
            assertThat(s.path("transfersByUnit").size()).isEqualTo(2);
            assertThat(s.path("escalationsByUnit").size()).isEqualTo(2);
            assertThat(s.path("escalationsByUnit").path(0).path("answered").asLong()).isEqualTo(1);
            assertThat(s.path("topKnowledgeEntries").path(0).path("status").asString()).isEqualTo("PUBLISHED");
            assertThat(s.path("topMissedSearches").size()).isEqualTo(2);
        });
        awaitAllConsumed();
        JsonNode before = getJson("/api/reports/summary?from=" + DAY + "&to=" + DAY);
        assertFigures(before);

        // a replay from the beginning (same eventIds), plus one more copy of a few events
        for (String[] e : List.copyOf(published)) {
            kafka.send(e[0], e[1], e[2]).get();
        }
        for (String[] e : published.subList(0, 6)) {
            kafka.send(e[0], e[1], e[2]).get();
        }
        awaitAllConsumed();
        JsonNode after = getJson("/api/reports/summary?from=" + DAY + "&to=" + DAY);
        assertThat(after).isEqualTo(before);
        assertFigures(after);
    }

    private void assertFigures(JsonNode s) {
        assertThat(s.path("byTopic").path("TRAVEL_TRANSPORT").asLong()).isEqualTo(2);
        assertThat(s.path("byLocality").path("LA_GI").asLong()).isEqualTo(2);
        assertThat(s.path("byChannel").path("ZALO").asLong()).isEqualTo(1);
        assertThat(s.path("byOperator").path("tdv.lan").asLong()).isEqualTo(3);
        assertThat(s.path("repeatCallers").asLong()).isEqualTo(1);
        assertThat(s.path("byOutcome").path("ANSWERED_FROM_KB").asLong()).isEqualTo(3);
        assertThat(s.path("byOutcome").path("ESCALATED").asLong()).isEqualTo(1);
        // five callers, six questions: events without questions count one, the two-question call two
        assertThat(s.path("closedQuestions").asLong()).isEqualTo(6);
        assertThat(s.path("questionsByOutcome").path("ANSWERED_FROM_KB").asLong()).isEqualTo(4);
        assertThat(s.path("questionsByOutcome").path("ESCALATED").asLong()).isEqualTo(1);
        assertThat(s.path("questionsByOutcome").path("TRANSFERRED").asLong()).isEqualTo(1);
        assertThat(s.path("handleTime").path("averageSeconds").asDouble()).isEqualTo(400.0);
        assertThat(s.path("handleTime").path("p90Seconds").asDouble()).isEqualTo(1000.0);
        assertThat(s.path("kbAnswerShare").asDouble()).isEqualTo(0.6);

        Map<String, JsonNode> units = byField(s.path("transfersByUnit"), "unitCode");
        assertThat(units.get("SO_CONG_THUONG").path("connectedRate").asDouble()).isEqualTo(1.0);
        assertThat(units.get("SO_CONG_THUONG").path("busyRate").asDouble()).isEqualTo(0.5);
        assertThat(units.get("SO_GTVT").path("transfers").asLong()).isEqualTo(1);
        assertThat(units.get("SO_GTVT").path("connected").asLong()).isEqualTo(0);
        assertThat(units.get("SO_GTVT").path("noAnswerRate").asDouble()).isEqualTo(1.0);
        JsonNode number = s.path("transfersByNumber").findParents("number").stream()
                .filter(n -> n.path("number").asString().equals("0252***3333")).findFirst().orElseThrow();
        assertThat(number.path("dials").asLong()).isEqualTo(2);
        assertThat(number.path("noAnswer").asLong()).isEqualTo(2);

        Map<String, JsonNode> esc = byField(s.path("escalationsByUnit"), "unitCode");
        assertThat(esc.get("SO_GTVT").path("total").asLong()).isEqualTo(4);
        assertThat(esc.get("SO_GTVT").path("open").asLong()).isEqualTo(3);
        assertThat(esc.get("SO_GTVT").path("answered").asLong()).isEqualTo(1);
        assertThat(esc.get("SO_GTVT").path("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(esc.get("SO_LDTBXH").path("overdue").asLong()).isEqualTo(1);

        assertThat(s.path("topKnowledgeEntries").path(0).path("entryId").asString()).isEqualTo("KB-1");
        assertThat(s.path("topKnowledgeEntries").path(0).path("uses").asLong()).isEqualTo(2);
        assertThat(s.path("topMissedSearches").path(0).path("count").asLong()).isEqualTo(2);
        assertThat(s.path("topMissedSearches").path(0).path("query").asString()).contains("rau");
    }

    /** #12: a call event breaking the contract is parked at once, naming the field; an unknown field is ignored. */
    @Test
    void aCallEventWithoutItsCallIsDeadLetteredAndOneWithAFieldReportingDoesNotKnowIsCounted() throws Exception {
        Instant day = Instant.parse("2025-07-01T03:00:00Z"); // a day of its own: the figures of DAY stay as they are
        String broken = json.writeValueAsString(EventEnvelope.of(EventType.CALL_RECEIVED, "X-BROKEN",
                new CallReceived("X-BROKEN", "tdv.lan", "PHONE", "LA_GI", "TRAVEL_TRANSPORT", day, false), day));
        String extended = json.writeValueAsString(EventEnvelope.of(EventType.CALL_RECEIVED, "X-EXTENDED",
                new CallReceived("X-EXTENDED", "tdv.lan", "ZALO", "LA_GI", "TRAVEL_TRANSPORT", day, false), day));
        kafka.send(Topics.CALL_RECEIVED, "X-BROKEN", Envelopes.withPayload(broken, p -> p.remove("callId"))).get();
        kafka.send(Topics.CALL_RECEIVED, "X-EXTENDED", Envelopes.withPayload(extended,
                p -> p.put("language", "vi").putObject("queue").put("waitedSeconds", 12))).get();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode s = getJson("/api/reports/summary?from=2025-07-01&to=2025-07-01");
            assertThat(s.path("totalCalls").asLong()).isEqualTo(1);
            assertThat(s.path("byChannel").path("ZALO").asLong()).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicReader.deadLetterReasons(broker.getBrokersAsString(), Topics.CALL_RECEIVED, "X-BROKEN"))
                        .containsExactly("payload.callId: bắt buộc"));
    }

    @Test
    void timeseriesBucketsCallsByProvinceHourWithBreakdown() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(getJson("/api/reports/timeseries?metric=calls&from=" + DAY + "&to=" + DAY
                        + "&interval=hour").path("total").asLong()).isEqualTo(5));
        JsonNode t = getJson("/api/reports/timeseries?metric=calls&from=" + DAY + "&to=" + DAY
                + "&interval=hour&breakdown=topic");
        assertThat(t.path("buckets").size()).isEqualTo(24);
        assertThat(t.path("buckets").path(8).asString()).isEqualTo("2025-06-02T08:00:00+07:00");
        JsonNode travel = byField(t.path("series"), "key").get("TRAVEL_TRANSPORT");
        assertThat(travel.path("values").get(8).asLong()).isEqualTo(2); // 08:10 and 08:20 local
        assertThat(travel.path("total").asLong()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode daily = getJson("/api/reports/timeseries?metric=transferDials&from=2025-06-01&to=2025-06-03"
                    + "&interval=day&breakdown=outcome");
            assertThat(daily.path("buckets").size()).isEqualTo(3);
            // an assertion (not a NullPointerException) while the dials are still arriving, so Awaitility retries
            Map<String, JsonNode> series = byField(daily.path("series"), "key");
            assertThat(series).containsKey("NO_ANSWER");
            assertThat(series.get("NO_ANSWER").path("values").get(1).asLong()).isEqualTo(2);
        });
    }

    @Test
    void exportsCarryTheSummary() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(getJson("/api/reports/summary?from=" + DAY + "&to=" + DAY).path("closedCalls").asLong())
                        .isEqualTo(5));
        HttpResponse<byte[]> xlsx = getBytes("/api/reports/summary.xlsx?from=" + DAY + "&to=" + DAY);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet overview = book.getSheet("Tổng quan");
            assertThat(overview.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tổng số cuộc gọi");
            assertThat(overview.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(5.0);
            Sheet topics = book.getSheet("Theo chủ đề");
            assertThat(topics.getPhysicalNumberOfRows()).isEqualTo(5); // header + 4 topics
        }
        HttpResponse<byte[]> csv = getBytes("/api/reports/summary.csv?from=" + DAY + "&to=" + DAY);
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        // names, not codes; percentages and dates as a Vietnamese supervisor writes them (#13)
        assertThat(text).startsWith("\uFEFF").contains("Theo chủ đề,\"Giao thông, đi lại, lưu thông hàng hóa\",2")
                .contains("Theo kết quả,Trả lời từ cơ sở tri thức,3").contains("Từ ngày,02/06/2025")
                .contains("60 %").doesNotContain("TRAVEL_TRANSPORT", "ANSWERED_FROM_KB", "0.6");
    }

    @Test
    void digestGroupsNearDuplicatesAndIsAnnouncedOnKafka() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String html = get("/api/reports/digests/SO_GTVT/" + DAY + ".html", SUPERVISOR).body();
            assertThat(html).contains("Số người gọi hỏi: 5").contains("Hàm Kiệm").doesNotContain("bến xe Bắc");
        });
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(url("/api/reports/digests/SO_GTVT/" + DAY))
                .header("Authorization", SUPERVISOR.getFirst("Authorization"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode letter = json.readTree(issued.body());
        assertThat(letter.path("questionCount").asInt()).isEqualTo(2);
        assertThat(letter.path("callerCount").asInt()).isEqualTo(6);
        assertThat(letter.path("unitCode").asString()).isEqualTo("SO_GTVT");
        assertThat(letter.path("date").asString()).isEqualTo(DAY);
        assertThat(letter.path("number").asString()).startsWith("Số: ").endsWith("/TB-TĐ1022");
        assertThat(letter.path("docx").asString()).isEqualTo("/api/reports/digests/SO_GTVT/" + DAY + ".docx");
        assertThat(letter.path("html").asString()).isEqualTo("/api/reports/digests/SO_GTVT/" + DAY + ".html");
        assertThat(letter.size()).isEqualTo(7);

        HttpResponse<byte[]> docx = getBytes("/api/reports/digests/SO_GTVT/" + DAY + ".docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "/TB-TĐ1022", "Bình Thuận, ngày 02 tháng 06 năm 2025",
                    "V/v", "Kính gửi:", "Sở Giao thông vận tải", "Nơi nhận:", "TRƯỞNG TIỂU BAN", "Nguyễn Văn Thông");
            assertThat(text).contains("1. " + QUESTION_A).contains("Số người gọi hỏi: 5");
            assertThat(text).contains("2. " + QUESTION_C).contains("Số người gọi hỏi: 1");
            assertThat(text).doesNotContain(QUESTION_B).doesNotContain(QUESTION_D).doesNotContain("3. ");
            assertThat(text).doesNotContain("Số: ....../");
        }

        try (KafkaConsumer<String, String> consumer = consumer("digest-test")) {
            consumer.subscribe(List.of(Topics.DIGEST_GENERATED));
            List<JsonNode> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    events.add(json.readTree(r.value()));
                }
                assertThat(events).anySatisfy(e -> {
                    assertThat(e.path("type").asString()).isEqualTo("hotline.digest.generated");
                    assertThat(e.path("payload").path("unitCode").asString()).isEqualTo("SO_GTVT");
                    assertThat(e.path("payload").path("date").asString()).isEqualTo(DAY);
                    assertThat(e.path("payload").path("questionCount").asInt()).isEqualTo(2);
                });
            });
        }
        assertThat(get("/actuator/prometheus", new HttpHeaders()).body())
                .containsPattern("hotline_digests_generated_total\\{[^}]*} [1-9]");
    }

    @Test
    void unitUserSeesOnlyItsOwnDigest() throws Exception {
        assertThat(get("/api/reports/digests/SO_GTVT/" + DAY + ".html",
                TestAuth.as("so.ldtbxh", "UNIT", "SO_LDTBXH")).statusCode()).isEqualTo(403);
        assertThat(get("/api/reports/digests/SO_LDTBXH/" + DAY + ".html",
                TestAuth.as("so.ldtbxh", "UNIT", "SO_LDTBXH")).statusCode()).isEqualTo(200);
    }

    @Test
    void badParametersAreProblemsNamingTheField() throws Exception {
        assertProblem("/api/reports/summary?to=" + DAY, "from");
        assertProblem("/api/reports/summary?from=2025-06-05&to=2025-06-01", "to");
        assertProblem("/api/reports/summary?from=homnay&to=" + DAY, "from");
        assertProblem("/api/reports/summary.xlsx?from=2025-06-05&to=2025-06-01", "to");
        assertProblem("/api/reports/timeseries?metric=foo&from=" + DAY + "&to=" + DAY, "metric");
        assertProblem("/api/reports/timeseries?metric=calls&from=" + DAY + "&to=" + DAY + "&interval=week", "interval");
        assertProblem("/api/reports/timeseries?metric=calls&from=" + DAY + "&to=" + DAY + "&breakdown=unit", "breakdown");
        assertProblem("/api/reports/timeseries?metric=calls&from=2025-01-01&to=2025-06-01&interval=hour", "to");
        assertProblem("/api/reports/digests/so-gtvt/" + DAY + ".docx", "unitCode");
        assertProblem("/api/reports/digests/SO_GTVT/02-06-2025.docx", "date");
    }

    @Test
    void topicSpikeIsExportedAndWallboardShowsToday() throws Exception {
        Instant now = Instant.now();
        // seconds apart and never before the province's midnight: run just after 00:00 (17:00 UTC) they are still today
        Instant midnight = vn.hotline1022.reporting.figures.ProvinceTime.startOf(
                vn.hotline1022.reporting.figures.ProvinceTime.dayOf(now));
        for (int i = 0; i < 6; i++) {
            Instant at = now.minusSeconds(5L * (i + 1));
            call("NOW-" + i, "tdv.lan", "PHONE", "PHAN_THIET", "MOVEMENT_DIRECTIVES", at.isBefore(midnight) ? midnight : at);
        }
        call("BASE-1", "tdv.lan", "PHONE", "PHAN_THIET", "MOVEMENT_DIRECTIVES", now.minus(Duration.ofDays(1)).minusSeconds(600));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            spikeMetrics.refresh();
            String metrics = get("/actuator/prometheus", new HttpHeaders()).body();
            assertThat(metrics).containsPattern("hotline_topic_calls_last_hour\\{[^}]*topic=\"MOVEMENT_DIRECTIVES\"[^}]*} 6\\.0");
            assertThat(metrics).containsPattern("hotline_topic_spike_ratio\\{[^}]*topic=\"MOVEMENT_DIRECTIVES\"[^}]*} 6\\.0");
            assertThat(metrics).contains("hotline_kb_answer_ratio");
        });
        JsonNode board = getJson("/api/reports/wallboard/data");
        assertThat(board.path("callsToday").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(board.path("topicsToday").path("MOVEMENT_DIRECTIVES").asLong()).isEqualTo(6);
        assertThat(board.path("todayByHour").size()).isEqualTo(24);
        assertThat(board.path("spikes").path(0).path("topic").asString()).isEqualTo("MOVEMENT_DIRECTIVES");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(getJson("/api/reports/wallboard/data").path("unreachableUnits").findValuesAsString("unitCode"))
                        .containsExactly("SO_CONG_THUONG"));

        assertThat(get("/api/reports/summary?from=" + DAY + "&to=" + DAY, new HttpHeaders()).statusCode())
                .as("figures need a token").isEqualTo(401);
        String page = get("/api/reports/wallboard", new HttpHeaders()).body();
        assertThat(page).contains("TỔNG ĐÀI 1022").contains("/api/reports/webjars/echarts/");
        String script = page.replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        assertThat(getBytes(script).statusCode()).isEqualTo(200);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void awaitAllConsumed() {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                Set<String> topics = published.stream().map(e -> e[0]).collect(Collectors.toSet());
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                topics.forEach(t -> latest.put(new TopicPartition(t, 0), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets("reporting-service").partitionsToOffsetAndMetadata().get();
                for (TopicPartition tp : latest.keySet()) {
                    assertThat(committed.get(tp)).as(tp.toString()).isNotNull();
                    assertThat(committed.get(tp).offset()).as(tp.toString()).isEqualTo(ends.get(tp).offset());
                }
            });
        }
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(p);
    }

    private static Map<String, JsonNode> byField(JsonNode array, String field) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.path(field).asString(), n));
        return map;
    }

    private void call(String id, String operator, String channel, String locality, String topic, int minute,
                      boolean repeat) throws Exception {
        call(id, operator, channel, locality, topic, D.plusSeconds(60L * minute), repeat);
    }

    private void call(String id, String operator, String channel, String locality, String topic, Instant at)
            throws Exception {
        call(id, operator, channel, locality, topic, at, false);
    }

    private void call(String id, String operator, String channel, String locality, String topic, Instant at,
                      boolean repeat) throws Exception {
        send(Topics.CALL_RECEIVED, id, EventType.CALL_RECEIVED,
                new CallReceived(id, operator, channel, locality, topic, at, repeat), at);
    }

    private void closed(String id, String outcome, long seconds, String kb, String unit, int minute) throws Exception {
        closed(id, outcome, seconds, kb, unit, minute, null);
    }

    private void closed(String id, String outcome, long seconds, String kb, String unit, int minute,
                        List<CallClosed.Question> questions) throws Exception {
        Instant at = D.plusSeconds(60L * minute);
        send(Topics.CALL_CLOSED, id, EventType.CALL_CLOSED,
                new CallClosed(id, outcome, seconds, kb, unit, null, "OTHER", "UNKNOWN", at, questions), at);
    }

    private void attempt(String transfer, String callId, String unit, String number, String outcome, int n,
                         int minute) throws Exception {
        send(Topics.TRANSFER_ATTEMPTED, transfer, EventType.TRANSFER_ATTEMPTED,
                new TransferAttempted(transfer, callId, unit, number, outcome, n), D.plusSeconds(60L * minute));
    }

    private void completed(String transfer, String callId, String unit, boolean connected, int attempts, int minute)
            throws Exception {
        send(Topics.TRANSFER_COMPLETED, transfer, EventType.TRANSFER_COMPLETED,
                new TransferCompleted(transfer, callId, unit, connected, attempts), D.plusSeconds(60L * minute));
    }

    private void raised(String id, String unit, String question, int callers, int minute, int dueMinutes)
            throws Exception {
        send(Topics.escalationsFor(unit), id, EventType.ESCALATION_RAISED, new EscalationRaised(id, unit, question,
                "TRAVEL_TRANSPORT", "PHAN_THIET", D.plusSeconds(60L * (minute + dueMinutes)), callers),
                D.plusSeconds(60L * minute));
    }

    private void knowledge(String entry, long version, String status, int minute) throws Exception {
        send(Topics.KNOWLEDGE_CHANGED, entry, EventType.KNOWLEDGE_CHANGED, new KnowledgeChanged(entry, version, status),
                D.plusSeconds(60L * minute));
    }

    private void miss(String query, int minute) throws Exception {
        Instant at = D.plusSeconds(60L * minute);
        send(Topics.KNOWLEDGE_SEARCH_MISSED, "PRICES_GOODS", EventType.KNOWLEDGE_SEARCH_MISSED,
                new KnowledgeSearchMissed(query, "PRICES_GOODS", "HAM_TAN", at), at);
    }

    private void unit(String code, String name, int dialable, long version) throws Exception {
        send(Topics.UNIT_CHANGED, code, EventType.UNIT_CHANGED, new vn.hotline1022.contracts.events.UnitChanged(code,
                name, "DEPARTMENT", true, dialable, dialable == 0 ? 1 : 0, version, null), D);
    }

    /** #13: names from routing's directory in letters, exports and on the wall; a letter to no unit is a 404. */
    @Test
    void unitsAreNamedFromTheDirectoryAndTheWallShowsUnitsWithoutANumber() throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode board = getJson("/api/reports/wallboard/data");
            assertThat(board.path("unitsWithoutNumber").findValuesAsString("unitName"))
                    .containsExactly("Ủy ban nhân dân thị xã La Gi");
            assertThat(board.path("escalations").findValuesAsString("unitName")).contains("Sở Giao thông vận tải")
                    .doesNotContain("Sở GTVT (tên cũ)");
        });
        String html = get("/api/reports/digests/SO_GTVT/" + DAY + ".html", SUPERVISOR).body();
        assertThat(html).contains("Kính gửi: <b>Sở Giao thông vận tải.</b>");
        HttpResponse<String> unknown = get("/api/reports/digests/SO_KHONG_TON_TAI/" + DAY + ".html", SUPERVISOR);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        String csv = new String(getBytes("/api/reports/summary.csv?from=" + DAY + "&to=" + DAY).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Chuyển máy theo đơn vị,Sở Công Thương,1,1,100 %").doesNotContain("SO_GTVT");
    }

    /** Every event is kept as sent, to be replayed later. */
    @Override
    protected <T> String send(String topic, String key, EventType type, T payload, Instant at) throws Exception {
        String value = super.send(topic, key, type, payload, at);
        published.add(new String[] {topic, key, value});
        return value;
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).GET();
        SUPERVISOR.forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
