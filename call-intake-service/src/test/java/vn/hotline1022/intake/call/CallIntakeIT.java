package vn.hotline1022.intake.call;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.Envelopes;
import vn.hotline1022.testsupport.MongoFixture;
import vn.hotline1022.testsupport.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service on a real KRaft broker and the Mongo wire-protocol server: the operator's flows end to end. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hotline.outbox.poll-interval=PT0.1S")
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.CALL_RECEIVED, Topics.CALL_CLOSED, Topics.QUESTION_UNANSWERED, Topics.TRANSFER_COMPLETED,
                Topics.ESCALATION_ANSWERED})
@ExtendWith(OutputCaptureExtension.class)
class CallIntakeIT {

    static final MongoFixture MONGO = new MongoFixture();
    static final HttpHeaders OPERATOR = TestAuth.as("tdv01", "OPERATOR", null);
    static final HttpHeaders SUPERVISOR = TestAuth.as("gs01", "SUPERVISOR", null);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("intake"));
    }

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MongoDatabase database;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MeterRegistry meters;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    Api api() {
        return new Api(port);
    }

    /** A fresh mobile number per test, so tests never see each other's history. */
    static String[] freshNumber() {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String digits = "9" + n;
        return new String[]{"0" + digits.substring(0, 3) + "." + digits.substring(3, 5) + "." + digits.substring(5, 7)
                + "." + digits.substring(7), "+84 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " "
                + digits.substring(6), "+84" + digits};
    }

    static String call(String number, String topic) {
        return """
                {"callerNumber":"%s","locality":"HAM_TAN","topic":"%s",
                 "question":"Đi từ Hàm Tân vào TP. Hồ Chí Minh cần giấy tờ gì?"}""".formatted(number, topic);
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                database.getCollection("calls").countDocuments(Filters.eq("outboxPending", true)) == 0);
    }

    @Test
    void logsClosesAndShowsHistoryWithoutLeakingTheNumber(CapturedOutput output) {
        String[] number = freshNumber();
        double before = meters.counter("hotline.calls.received", "topic", "TRAVEL_TRANSPORT", "locality", "HAM_TAN",
                "channel", "PHONE").count();

        Api.Response first = api().post("/api/calls", OPERATOR, call(number[0], "TRAVEL_TRANSPORT"));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(first.body().path("callerNumber").asString()).isEqualTo(number[2]);
        assertThat(first.body().path("operator").asString()).isEqualTo("tdv01");
        assertThat(first.body().path("repeatCaller").asBoolean()).isFalse();
        assertThat(first.body().path("localityName").asString()).isEqualTo("Huyện Hàm Tân");
        String firstId = first.body().path("id").asString();

        Api.Response second = api().post("/api/calls", OPERATOR, call(number[1], "VACCINATION"));
        assertThat(second.body().path("repeatCaller").asBoolean()).isTrue();
        String secondId = second.body().path("id").asString();

        assertThat(api().get("/api/calls/" + firstId, OPERATOR).body().path("status").asString()).isEqualTo("OPEN");
        Api.Response history = api().get("/api/callers/" + Api.path(number[1]) + "/history", OPERATOR);
        assertThat(history.status()).as(history.raw()).isEqualTo(200);
        assertThat(history.body().path("callerNumber").asString()).isEqualTo(number[2]);
        assertThat(history.body().path("callCount").asInt()).isEqualTo(2);
        assertThat(history.body().path("repeatCaller").asBoolean()).isTrue();
        assertThat(history.body().path("prankFlag").asBoolean()).isFalse();
        assertThat(history.body().path("calls").findValuesAsString("id")).containsExactly(secondId, firstId);

        Api.Response closed = api().post("/api/calls/" + secondId + "/close", OPERATOR,
                "{\"outcome\":\"ESCALATED\",\"notes\":\"Chuyển Sở Y tế trả lời\"}");
        assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
        assertThat(closed.body().path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(closed.body().path("handleSeconds").asLong()).isGreaterThanOrEqualTo(0);
        api().post("/api/calls/" + secondId + "/close", OPERATOR, "{\"outcome\":\"DROPPED\"}").problem(409);

        awaitOutboxDrained();
        List<JsonNode> received = TopicReader.forCall(bootstrap, Topics.CALL_RECEIVED, secondId);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).path("payload").path("repeatCaller").asBoolean()).isTrue();
        assertThat(TopicReader.forCall(bootstrap, Topics.CALL_RECEIVED, firstId).get(0).path("payload")
                .path("repeatCaller").asBoolean()).isFalse();
        List<JsonNode> closedEvents = TopicReader.forCall(bootstrap, Topics.CALL_CLOSED, secondId);
        assertThat(closedEvents).hasSize(1);
        assertThat(closedEvents.get(0).path("payload").path("outcome").asString()).isEqualTo("ESCALATED");
        List<JsonNode> unanswered = TopicReader.forCall(bootstrap, Topics.QUESTION_UNANSWERED, secondId);
        assertThat(unanswered).hasSize(1);
        assertThat(unanswered.get(0).path("payload").path("question").asString()).contains("Hàm Tân");
        String digits = number[2].substring(3);
        assertThat(unanswered.get(0).toString()).doesNotContain(digits);
        assertThat(received.get(0).toString()).doesNotContain(digits);

        assertThat(meters.counter("hotline.calls.received", "topic", "TRAVEL_TRANSPORT", "locality", "HAM_TAN",
                "channel", "PHONE").count()).isEqualTo(before + 1);
        assertThat(meters.counter("hotline.calls.closed", "topic", "VACCINATION", "outcome", "ESCALATED").count())
                .isGreaterThanOrEqualTo(1);
        assertThat(output.getAll()).contains(number[2].substring(0, 5) + "****").doesNotContain(digits);
    }

    @Test
    void retriedPostWithTheSameKeyReturnsTheSameCall() throws Exception {
        String[] number = freshNumber();
        HttpHeaders headers = withKey(OPERATOR, UUID.randomUUID().toString());
        Api.Response first = api().post("/api/calls", headers, call(number[0], "PRICES_GOODS"));
        Api.Response retry = api().post("/api/calls", headers, call(number[1], "PRICES_GOODS"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

        Api.Response changed = api().post("/api/calls", headers, call(number[0], "VACCINATION"));
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");

        HttpHeaders concurrent = withKey(OPERATOR, "retry-storm-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Response>> tries = IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Api.Response>) () -> api().post("/api/calls", concurrent,
                            call(number[0], "HEALTH_STATUS"))).toList();
            Set<String> ids = new java.util.HashSet<>();
            for (var f : pool.invokeAll(tries)) {
                assertThat(f.get().status()).as(f.get().raw()).isEqualTo(201);
                ids.add(f.get().body().path("id").asString());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.getCollection("calls").countDocuments(Filters.eq("callerNumber", number[2]))).isEqualTo(2);
        awaitOutboxDrained();
        assertThat(TopicReader.forCall(bootstrap, Topics.CALL_RECEIVED, first.body().path("id").asString())).hasSize(1);
    }

    @Test
    void connectedTransferClosesTheCallOnceAndRedeliveryChangesNothing() {
        String callId = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "UNEMPLOYMENT")).body()
                .path("id").asString();
        String notConnectedId = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "UNEMPLOYMENT")).body()
                .path("id").asString();
        String transferKey = "tr-" + UUID.randomUUID();
        String connected = transferEvent(transferKey, callId, true);

        send(transferKey, transferEvent(transferKey, notConnectedId, false));
        send(transferKey, connected);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode call = api().get("/api/calls/" + callId, OPERATOR).body();
            assertThat(call.path("status").asString()).isEqualTo("CLOSED");
            assertThat(call.path("outcome").asString()).isEqualTo("TRANSFERRED");
            assertThat(call.path("unitCode").asString()).isEqualTo("SO_LDTBXH");
        });

        // the same event again, then a marker on the same key (same partition, so processed after it)
        String markerId = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "OTHER")).body()
                .path("id").asString();
        send(transferKey, connected);
        send(transferKey, transferEvent(transferKey, callId, true));
        send(transferKey, transferEvent(transferKey, markerId, true));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CLOSED".equals(api().get("/api/calls/" + markerId, OPERATOR).body().path("status").asString()));

        assertThat(api().get("/api/calls/" + notConnectedId, OPERATOR).body().path("status").asString())
                .isEqualTo("OPEN");
        awaitOutboxDrained();
        List<JsonNode> closed = TopicReader.forCall(bootstrap, Topics.CALL_CLOSED, callId);
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).path("payload").path("unitCode").asString()).isEqualTo("SO_LDTBXH");
    }

    @Test
    void supervisorsKeepAFlagListAndFlaggedCallersAreStillLogged() {
        String[] number = freshNumber();
        String flag = "{\"callerNumber\":\"%s\",\"kind\":\"PRANK\",\"reason\":\"Gọi phá nhiều lần trong đêm\"}"
                .formatted(number[0]);
        assertThat(api().post("/api/callers/flags", OPERATOR, flag).status()).isEqualTo(403);
        Api.Response created = api().post("/api/callers/flags", SUPERVISOR, flag);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("callerNumber").asString()).isEqualTo(number[2]);
        assertThat(api().post("/api/callers/flags", SUPERVISOR, flag).status()).isEqualTo(409);
        assertThat(api().get("/api/callers/flags?size=500", SUPERVISOR).body().findValuesAsString("callerNumber"))
                .contains(number[2]);

        Api.Response logged = api().post("/api/calls", OPERATOR, call(number[1], "OTHER"));
        assertThat(logged.status()).isEqualTo(201);
        assertThat(logged.body().path("callerFlag").path("kind").asString()).isEqualTo("PRANK");
        assertThat(api().get("/api/callers/" + Api.path(number[2]) + "/history", OPERATOR).body()
                .path("prankFlag").asBoolean()).isTrue();

        Api.Response updated = api().put("/api/callers/flags/" + Api.path(number[1]), SUPERVISOR,
                "{\"kind\":\"ABUSE\",\"reason\":\"Xúc phạm tổng đài viên\"}");
        assertThat(updated.body().path("kind").asString()).isEqualTo("ABUSE");
        assertThat(api().delete("/api/callers/flags/" + Api.path(number[0]), SUPERVISOR).status()).isEqualTo(204);
        assertThat(api().delete("/api/callers/flags/" + Api.path(number[0]), SUPERVISOR).status()).isEqualTo(404);
        assertThat(api().get("/api/callers/" + Api.path(number[0]) + "/history", OPERATOR).body()
                .path("prankFlag").asBoolean()).isFalse();
    }

    @Test
    void supervisorsFilterTheCallListOperatorsSeeOnlyTheirOwn() {
        String operator = "tdv-" + UUID.randomUUID();
        HttpHeaders me = TestAuth.as(operator, "OPERATOR", null);
        api().post("/api/calls", me, call(freshNumber()[0], "VACCINATION"));
        String closedId = api().post("/api/calls", me, call(freshNumber()[0], "VACCINATION")).body()
                .path("id").asString();
        api().post("/api/calls", me, call(freshNumber()[0], "TESTING_QUARANTINE"));
        api().post("/api/calls/" + closedId + "/close", me, "{\"outcome\":\"ANSWERED_FROM_KB\",\"kbEntryId\":\"kb-7\"}");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        JsonNode page = api().get("/api/calls?operator=" + operator + "&topic=VACCINATION&from=" + today + "&to="
                + today, SUPERVISOR).body();
        assertThat(page.path("totalElements").asLong()).isEqualTo(2);
        JsonNode answered = api().get("/api/calls?operator=" + operator + "&outcome=ANSWERED_FROM_KB", SUPERVISOR)
                .body();
        assertThat(answered.path("items").findValuesAsString("id")).containsExactly(closedId);
        JsonNode paged = api().get("/api/calls?operator=" + operator + "&size=2&page=1", SUPERVISOR).body();
        assertThat(paged.path("items")).hasSize(1);
        assertThat(paged.path("totalPages").asLong()).isEqualTo(2);

        JsonNode someoneElse = api().get("/api/calls?operator=" + operator, OPERATOR).body();
        assertThat(someoneElse.path("items").findValuesAsString("operator")).doesNotContain(operator);
    }

    @Test
    void referenceListsLocalitiesAndTopicsInVietnamese() {
        JsonNode reference = api().get("/api/calls/reference", OPERATOR).body();
        assertThat(reference.path("localities")).hasSize(12);
        assertThat(reference.path("localities").findValuesAsString("name")).contains("Huyện Đức Linh",
                "Huyện đảo Phú Quý");
        assertThat(reference.path("topics").findValuesAsString("code")).contains("MOVEMENT_DIRECTIVES");
    }

    private static HttpHeaders withKey(HttpHeaders auth, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(auth);
        headers.add("Idempotency-Key", key);
        return headers;
    }

    @Test
    void aTransferThatReachedNobodyIsNotedOnceOnTheOpenCallAndInTheCallersHistory() {
        String[] number = freshNumber();
        String callId = api().post("/api/calls", OPERATOR, call(number[0], "TRAVEL_TRANSPORT")).body().path("id").asString();
        String first = "tr-" + UUID.randomUUID();
        String second = "tr-" + UUID.randomUUID();
        String failed = transferEvent(first, callId, false);

        // all on one key (one partition, in order): the event, its redelivery, the same transfer with a new
        // eventId, then a second transfer
        send(first, failed);
        send(first, failed);
        send(first, transferEvent(first, callId, false));
        send(first, transferEvent(second, callId, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/calls/" + callId, OPERATOR).body().path("failedTransfers")
                        .findValuesAsString("transferId")).containsExactly(first, second));

        JsonNode call = api().get("/api/calls/" + callId, OPERATOR).body();
        assertThat(call.path("status").asString()).isEqualTo("OPEN");
        assertThat(call.path("failedTransfers").path(0).path("unitCode").asString()).isEqualTo("SO_LDTBXH");
        assertThat(call.path("failedTransfers").path(0).path("attempts").asInt()).isEqualTo(1);
        JsonNode history = api().get("/api/callers/" + Api.path(number[1]) + "/history", OPERATOR).body();
        assertThat(history.path("calls").path(0).path("failedTransfers").size()).isEqualTo(2);
    }

    /** #11: after every number failed, the escalation closes the call once, by routing's event, with no re-raise. */
    @Test
    void anEscalatedTransferClosesTheCallAsEscalatedWithoutRaisingItAgain() {
        String callId = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "TRAVEL_TRANSPORT")).body().path("id").asString();
        String transferId = "tr-" + UUID.randomUUID();
        String escalated = json.writeValueAsString(EventEnvelope.of(EventType.TRANSFER_COMPLETED, transferId,
                new TransferCompleted(transferId, callId, "SO_GTVT", false, 2, "esc-" + callId), Instant.now()));

        send(transferId, transferEvent(transferId, callId, false));
        send(transferId, escalated);
        send(transferId, escalated);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/calls/" + callId, OPERATOR).body().path("outcome").asString())
                        .isEqualTo("ESCALATED"));

        JsonNode call = api().get("/api/calls/" + callId, OPERATOR).body();
        assertThat(call.path("unitCode").asString()).isEqualTo("SO_GTVT");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.forCall(bootstrap, Topics.CALL_CLOSED, callId)).hasSize(1));
        assertThat(TopicReader.forCall(bootstrap, Topics.QUESTION_UNANSWERED, callId)).isEmpty();
        // the operator's own close, from an older console, finds the call closed
        assertThat(api().post("/api/calls/" + callId + "/close", OPERATOR, "{\"outcome\":\"ESCALATED\"}").status())
                .isEqualTo(409);
    }

    /** #12: a transfer event breaking the contract is parked at once, naming the field; an unknown field is ignored. */
    @Test
    void aTransferEventWithoutItsCallIsDeadLetteredAndOneWithAFieldIntakeDoesNotKnowIsApplied() {
        String callId = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "TRAVEL_TRANSPORT")).body().path("id").asString();
        String broken = "tr-" + UUID.randomUUID();
        String extended = "tr-" + UUID.randomUUID();

        send(broken, Envelopes.withPayload(transferEvent(broken, callId, false), p -> p.remove("callId")));
        send(extended, Envelopes.withPayload(transferEvent(extended, callId, false),
                p -> p.put("dialledFrom", "console-2").putObject("line").put("trunk", 4)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api().get("/api/calls/" + callId, OPERATOR).body().path("failedTransfers")
                        .findValuesAsString("transferId")).containsExactly(extended));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TopicReader.deadLetterReasons(bootstrap, Topics.TRANSFER_COMPLETED, broken))
                        .containsExactly("payload.callId: bắt buộc"));
    }

    private String transferEvent(String transferId, String callId, boolean connected) {
        return json.writeValueAsString(EventEnvelope.of(EventType.TRANSFER_COMPLETED, transferId,
                new TransferCompleted(transferId, callId, "SO_LDTBXH", connected, 1), Instant.now()));
    }

    private void send(String key, String value) {
        kafka.send(Topics.TRANSFER_COMPLETED, key, value).join();
    }
    // ---- hardening (#16): object-level rules, the shared role table, no 5xx from malformed input ----

    static final HttpHeaders OTHER_OPERATOR = TestAuth.as("tdv02", "OPERATOR", null);

    @Test
    void anOperatorNeitherReadsNorClosesAnotherOperatorsCall() {
        String id = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "TRAVEL_TRANSPORT")).body().path("id").asString();

        Api.Response read = api().get("/api/calls/" + id, OTHER_OPERATOR);
        assertThat(read.status()).as(read.raw()).isEqualTo(404);
        assertThat(read.raw()).doesNotContain("callerNumber");
        Api.Response close = api().post("/api/calls/" + id + "/close", OTHER_OPERATOR, "{\"outcome\":\"INFORMATION_ONLY\"}");
        assertThat(close.status()).as(close.raw()).isEqualTo(404);
        assertThat(api().get("/api/calls/" + id, OPERATOR).body().path("status").asString()).isEqualTo("OPEN");
        assertThat(api().get("/api/calls/" + id, SUPERVISOR).status()).isEqualTo(200);
    }

    @Test
    void theServiceAppliesTheGatewaysRoleTableOnItsOwnPort() {
        for (String role : List.of("OPS", "ADMIN", "UNIT")) {
            HttpHeaders user = TestAuth.as("u-" + role, role, "UNIT".equals(role) ? "SO_GTVT" : null);
            assertThat(api().get("/api/calls", user).status()).as(role + " lists calls").isEqualTo(403);
            assertThat(api().post("/api/callers/flags", user, "{}").status()).as(role + " flags").isEqualTo(403);
        }
        assertThat(api().get("/api/calls", new HttpHeaders()).status()).isEqualTo(401);
        assertThat(api().get("/api/not-in-the-table", SUPERVISOR).status()).isEqualTo(403);
    }

    @Test
    void malformedInputIsAProblemNamingTheFieldNeverA500() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String bearer = OPERATOR.getFirst(HttpHeaders.AUTHORIZATION);
        for (String query : List.of("page=%FF", "from=%E0%80%80", "topic=%C3%28")) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/api/calls?" + query))
                    .header("Authorization", bearer).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json.readTree(response.body()).path("errors").path(0).path("field").asString())
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        var wildcard = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/calls")).header("Authorization", bearer)
                .header("Content-Type", "*/*").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wildcard.statusCode()).isEqualTo(415);
        assertThat(json.readTree(wildcard.body()).path("errors").path(0).path("field").asString()).isEqualTo("Content-Type");
        var brackets = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/calls?from%5B%5D=1")).header("Authorization", bearer)
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(brackets.statusCode()).isLessThan(500);
        var english = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/calls?page=%FF")).header("Authorization", bearer)
                .header("Accept-Language", "en-US,en;q=0.9").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(english.body()).path("errors").path(0).path("message").asString()).contains("UTF-8");
        assertThat(json.readTree(english.body()).path("title").asString()).isEqualTo("Bad Request");
    }

    @Test
    void healthShowsNoDetailsAndMetricsRefuseProxiedRequests() throws Exception {
        Api.Response health = api().get("/actuator/health", new HttpHeaders());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().has("components")).isFalse();
        var http = java.net.http.HttpClient.newHttpClient();
        var proxied = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).header("X-Forwarded-For", "203.0.113.9")
                .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.statusCode()).isIn(401, 403);
        var direct = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).contains("hotline_");
        var env = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/env")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(env.statusCode()).isIn(401, 403, 404);
    }

    @Test
    void everyReadOfACallersHistoryIsAuditedWithoutTheFullNumber() {
        String[] number = freshNumber();
        api().post("/api/calls", OPERATOR, call(number[0], "TRAVEL_TRANSPORT"));
        long before = database.getCollection("audit").countDocuments(Filters.eq("user", "tdv02"));
        assertThat(api().get("/api/callers/" + Api.path(number[1]) + "/history", OTHER_OPERATOR).status()).isEqualTo(200);
        var entries = database.getCollection("audit").find(Filters.eq("user", "tdv02")).into(new java.util.ArrayList<>());
        assertThat(entries).hasSize((int) before + 1);
        assertThat(entries.get(entries.size() - 1).toJson()).doesNotContain(number[2].substring(3))
                .contains("CALLER_HISTORY_READ");
    }
    // ---- callbacks you can make (#11) ----

    @Test
    void anAnsweredEscalationGivesEachCallerOneCallbackWithTheNumberToCall() {
        String[] number = freshNumber();
        String[] other = freshNumber();
        String first = api().post("/api/calls", OPERATOR, call(number[0], "HARDSHIP_SUPPORT")).body().path("id").asString();
        String again = api().post("/api/calls", OTHER_OPERATOR, call(number[1], "HARDSHIP_SUPPORT")).body().path("id").asString();
        String third = api().post("/api/calls", OPERATOR, call(other[0], "HARDSHIP_SUPPORT")).body().path("id").asString();
        String escalation = "esc-" + UUID.randomUUID();
        String answered = json.writeValueAsString(EventEnvelope.of(EventType.ESCALATION_ANSWERED, escalation,
                new vn.hotline1022.contracts.events.EscalationAnswered(escalation, "SO_LDTBXH", "Hỗ trợ lao động tự do?",
                        "Mỗi người được hỗ trợ 1.500.000 đồng; nộp hồ sơ tại UBND xã.", "HARDSHIP_SUPPORT", "HAM_TAN",
                        List.of(first, again, third)), Instant.now()));
        kafka.send(Topics.ESCALATION_ANSWERED, escalation, answered).join();
        kafka.send(Topics.ESCALATION_ANSWERED, escalation, answered).join();   // redelivered

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var pending = api().get("/api/callbacks", OTHER_OPERATOR).body();
            List<String> mine = new java.util.ArrayList<>();
            pending.forEach(c -> { if (escalation.equals(c.path("escalationId").asString())) mine.add(c.path("callId").asString()); });
            assertThat(mine).containsExactlyInAnyOrder(first, third);   // the caller who called twice is called once
        });
        var listed = api().get("/api/callbacks", OTHER_OPERATOR).body();
        listed.forEach(c -> {
            if (escalation.equals(c.path("escalationId").asString())) {
                assertThat(c.path("caller").asString()).contains("*").doesNotContain(number[2].substring(5));
                assertThat(c.path("answer").asString()).startsWith("Mỗi người");
                assertThat(c.path("unitCode").asString()).isEqualTo("SO_LDTBXH");
                assertThat(c.path("callStartedAt").asString()).isNotBlank();
            }
        });
        String id = first + ":" + escalation;
        Api.Response opened = api().get("/api/callbacks/" + id, OTHER_OPERATOR);
        assertThat(opened.body().path("caller").asString()).isEqualTo(number[2]);
        assertThat(database.getCollection("audit").countDocuments(Filters.and(Filters.eq("action", "CALLBACK_NUMBER_READ"),
                Filters.eq("callback", id)))).isEqualTo(1);

        assertThat(api().post("/api/callbacks/" + id + "/attempts", OTHER_OPERATOR, "{\"result\":\"NO_ANSWER\"}")
                .body().path("status").asString()).isEqualTo("PENDING");
        assertThat(api().post("/api/callbacks/" + id + "/attempts", OTHER_OPERATOR, "{\"result\":\"BUSY\"}")
                .body().path("status").asString()).isEqualTo("PENDING");
        Api.Response last = api().post("/api/callbacks/" + id + "/attempts", OTHER_OPERATOR, "{\"result\":\"NO_ANSWER\"}");
        assertThat(last.body().path("status").asString()).isEqualTo("UNREACHABLE");
        assertThat(last.body().path("history").size()).isEqualTo(3);
        assertThat(api().post("/api/callbacks/" + id + "/attempts", OTHER_OPERATOR, "{\"result\":\"REACHED\"}").status())
                .isEqualTo(409);
        String thirdId = third + ":" + escalation;
        assertThat(api().post("/api/callbacks/" + thirdId + "/attempts", OPERATOR, "{\"result\":\"REACHED\",\"note\":\"Đã đọc câu trả lời\"}")
                .body().path("status").asString()).isEqualTo("DONE");
        assertThat(api().post("/api/callbacks/" + thirdId + "/attempts", OPERATOR, "{\"result\":\"MAYBE\"}").status())
                .isEqualTo(400);

        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        var summary = api().get("/api/callbacks/summary?from=" + day + "&to=" + day, SUPERVISOR).body().path(0);
        assertThat(summary.path("done").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(summary.path("unreachable").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(summary.path("covered").asLong()).isGreaterThanOrEqualTo(1);
    }
    /** #11: notes on an open or closed call, and a timeline with time and actor; another operator sees nothing. */
    @Test
    void notesAndTheTimelineOfACall() {
        String id = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "TRAVEL_TRANSPORT")).body().path("id").asString();
        assertThat(api().post("/api/calls/" + id + "/notes", OPERATOR, "{\"text\":\"Người gọi hẹn gọi lại\"}").status())
                .isEqualTo(201);
        assertThat(api().post("/api/calls/" + id + "/close", OPERATOR, "{\"outcome\":\"INFORMATION_ONLY\"}").status())
                .isEqualTo(200);
        assertThat(api().post("/api/calls/" + id + "/notes", SUPERVISOR, "{\"text\":\"Đã kiểm tra lại\"}").status())
                .isEqualTo(201);
        assertThat(api().post("/api/calls/" + id + "/notes", OTHER_OPERATOR, "{\"text\":\"không phải của tôi\"}").status())
                .isEqualTo(404);
        assertThat(api().post("/api/calls/" + id + "/notes", OPERATOR, "{\"text\":\"\"}").body()
                .path("errors").path(0).path("field").asString()).isEqualTo("text");
        var timeline = api().get("/api/calls/" + id + "/timeline", OPERATOR).body();
        List<String> kinds = new java.util.ArrayList<>();
        timeline.forEach(e -> kinds.add(e.path("kind").asString()));
        assertThat(kinds).containsExactly("RECEIVED", "NOTE", "CLOSED", "NOTE");
        assertThat(timeline.path(1).path("actor").asString()).isEqualTo("tdv01");
        assertThat(timeline.path(3).path("actor").asString()).isEqualTo("gs01");
        assertThat(api().get("/api/calls/" + id + "/timeline", OTHER_OPERATOR).status()).isEqualTo(404);
    }

    /**
     * #11: a call is a case holding questions. One answered from the KB, then one escalated: the escalated question
     * goes to routing when the operator escalates it (with its number), the call's outcome is derived, and
     * call.closed lists both questions; a closed call takes no more, bad input names its field.
     */
    @Test
    void aCallWithTwoQuestionsAnswersOneAndEscalatesTheOther() {
        String id = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "TRAVEL_TRANSPORT")).body().path("id").asString();
        Api.Response bad = api().post("/api/calls/" + id + "/questions", OPERATOR,
                "{\"current\":{\"outcome\":\"TRANSFERRED\"},\"question\":\"Câu khác?\"}");
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.body().path("errors").path(0).path("field").asString()).isEqualTo("current.outcome");
        assertThat(api().post("/api/calls/" + id + "/questions", OPERATOR, "{\"question\":\"Câu khác?\"}")
                .body().path("errors").path(0).path("field").asString()).isEqualTo("current");
        assertThat(api().post("/api/calls/" + id + "/questions", OPERATOR,
                "{\"current\":{\"outcome\":\"INFORMATION_ONLY\"},\"question\":\"Câu khác?\",\"topic\":\"NOPE\"}")
                .body().path("errors").path(0).path("field").asString()).isEqualTo("topic");
        assertThat(api().post("/api/calls/" + id + "/questions", OTHER_OPERATOR,
                "{\"current\":{\"outcome\":\"INFORMATION_ONLY\"},\"question\":\"Câu khác?\"}").status()).isEqualTo(404);

        Api.Response asked = api().post("/api/calls/" + id + "/questions", OPERATOR, """
                {"current":{"outcome":"ANSWERED_FROM_KB","kbEntryId":"kb-travel-1"},
                 "question":"Gia đình tôi mất việc ở Hàm Tân, được hỗ trợ gạo không?","topic":"HARDSHIP_SUPPORT"}""");
        assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
        assertThat(asked.body().path("questions").size()).isEqualTo(2);
        assertThat(asked.body().path("questions").path(0).path("outcome").asString()).isEqualTo("ANSWERED_FROM_KB");
        assertThat(asked.body().path("questions").path(1).path("topicName").asString()).isNotBlank();
        assertThat(asked.body().path("questions").path(1).path("outcome").isNull()).isTrue();

        Api.Response closed = api().post("/api/calls/" + id + "/close", OPERATOR, "{\"outcome\":\"ESCALATED\"}");
        assertThat(closed.body().path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(api().post("/api/calls/" + id + "/questions", OPERATOR,
                "{\"current\":{\"outcome\":\"INFORMATION_ONLY\"},\"question\":\"Còn nữa?\"}").status()).isEqualTo(409);

        awaitOutboxDrained();
        List<JsonNode> unanswered = TopicReader.forCall(bootstrap, Topics.QUESTION_UNANSWERED, id);
        assertThat(unanswered).hasSize(1);
        assertThat(unanswered.get(0).path("payload").path("questionNo").asInt()).isEqualTo(2);
        assertThat(unanswered.get(0).path("payload").path("topic").asString()).isEqualTo("HARDSHIP_SUPPORT");
        assertThat(unanswered.get(0).path("payload").path("question").asString()).contains("hỗ trợ gạo");
        List<JsonNode> closedEvents = TopicReader.forCall(bootstrap, Topics.CALL_CLOSED, id);
        assertThat(closedEvents).hasSize(1);
        JsonNode payload = closedEvents.get(0).path("payload");
        assertThat(payload.path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(payload.path("questions").size()).isEqualTo(2);
        assertThat(payload.path("questions").path(0).path("kbEntryId").asString()).isEqualTo("kb-travel-1");
        assertThat(payload.path("questions").path(0).path("question").asString()).contains("Hàm Tân");
        assertThat(payload.path("questions").path(1).path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(payload.path("questions").path(1).path("question").isNull()).isTrue();

        var kinds = new java.util.ArrayList<String>();
        api().get("/api/calls/" + id + "/timeline", OPERATOR).body().forEach(e -> kinds.add(e.path("kind").asString()));
        assertThat(kinds).containsExactly("RECEIVED", "QUESTION_ANSWERED_FROM_KB", "QUESTION", "CLOSED");
    }

    /** #11: an escalated question settled mid-call goes to routing at once; the call goes on. */
    @Test
    void aQuestionEscalatedMidCallReachesRoutingBeforeTheCallEnds() {
        String id = api().post("/api/calls", OPERATOR, call(freshNumber()[0], "HARDSHIP_SUPPORT")).body().path("id").asString();
        assertThat(api().post("/api/calls/" + id + "/questions", OPERATOR, """
                {"current":{"outcome":"ESCALATED"},"question":"Còn chuyện tiêm vắc xin cho mẹ tôi?","topic":"VACCINATION"}""")
                .status()).isEqualTo(200);
        awaitOutboxDrained();
        List<JsonNode> unanswered = TopicReader.forCall(bootstrap, Topics.QUESTION_UNANSWERED, id);
        assertThat(unanswered).hasSize(1);
        assertThat(unanswered.get(0).path("payload").path("questionNo").asInt()).isEqualTo(1);
        assertThat(api().get("/api/calls/" + id, OPERATOR).body().path("status").asString()).isEqualTo("OPEN");
        api().post("/api/calls/" + id + "/close", OPERATOR, "{\"outcome\":\"INFORMATION_ONLY\"}");
        awaitOutboxDrained();
        assertThat(TopicReader.forCall(bootstrap, Topics.QUESTION_UNANSWERED, id)).hasSize(1);
        assertThat(TopicReader.forCall(bootstrap, Topics.CALL_CLOSED, id).get(0).path("payload").path("outcome")
                .asString()).isEqualTo("ESCALATED");
    }

    /** A call stored before questions were kept (no list) reads, closes and takes a second question. */
    @Test
    void aCallStoredBeforeQuestionsWereKeptStillWorks() {
        String id = "old-" + UUID.randomUUID();
        database.getCollection("calls").insertOne(new org.bson.Document("_id", id).append("callerNumber", null)
                .append("withheld", true).append("channel", "PHONE").append("locality", "HAM_TAN")
                .append("topic", "TRAVEL_TRANSPORT").append("question", "Câu hỏi lưu từ trước")
                .append("operator", "tdv01").append("startedAt", java.util.Date.from(Instant.now().minusSeconds(60)))
                .append("repeatCaller", false).append("status", "OPEN"));
        Api.Response read = api().get("/api/calls/" + id, OPERATOR);
        assertThat(read.body().path("questions").path(0).path("text").asString()).isEqualTo("Câu hỏi lưu từ trước");
        Api.Response asked = api().post("/api/calls/" + id + "/questions", OPERATOR,
                "{\"current\":{\"outcome\":\"INFORMATION_ONLY\"},\"question\":\"Câu thứ hai\"}");
        assertThat(asked.status()).as(asked.raw()).isEqualTo(200);
        assertThat(asked.body().path("questions").size()).isEqualTo(2);
        assertThat(api().post("/api/calls/" + id + "/close", OPERATOR, "{\"outcome\":\"DROPPED\"}").body()
                .path("outcome").asString()).isEqualTo("INFORMATION_ONLY");
    }
}
