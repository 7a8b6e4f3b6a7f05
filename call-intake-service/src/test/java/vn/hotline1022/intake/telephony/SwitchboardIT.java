package vn.hotline1022.intake.telephony;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.testsupport.Api;
import vn.hotline1022.testsupport.MongoFixture;
import vn.hotline1022.testsupport.TestAuth;
import vn.hotline1022.testsupport.TopicReader;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #14: the switchboard talks to the desk through the generic-CTI door: calls pop up for the operator who answered,
 * missed calls become callbacks with the number, blocked numbers are rejected; repeats and odd orders change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hotline.outbox.poll-interval=PT0.1S",
                "hotline.intake.cti.switchboards[0].name=test-pbx",
                "hotline.intake.cti.switchboards[0].token=" + SwitchboardIT.TOKEN})
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        topics = {Topics.CALL_RECEIVED, Topics.CALL_CLOSED, Topics.TRANSFER_COMPLETED, Topics.ESCALATION_ANSWERED,
                Topics.SWITCHBOARD_DIALLED, Topics.SWITCHBOARD_CALL_ENDED})
class SwitchboardIT {

    static final String TOKEN = "test-switchboard-token-1022-binh-thuan";
    static final MongoFixture MONGO = new MongoFixture();
    static final HttpHeaders NOBODY = new HttpHeaders();
    static final HttpHeaders OPERATOR1 = TestAuth.as("operator1", "OPERATOR", null);
    static final HttpHeaders SUPERVISOR = TestAuth.as("gs01", "SUPERVISOR", null);
    static final HttpHeaders ADMIN = TestAuth.as("admin", "ADMIN", null);

    @org.springframework.beans.factory.annotation.Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("intake-cti"));
    }

    @LocalServerPort
    int port;

    Api api() {
        return new Api(port);
    }

    static String number() {
        return "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private Api.Response form(String body) {
        return api().upload("/api/cti/" + TOKEN, NOBODY, "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Response json(String body) {
        return api().post("/api/cti/" + TOKEN, NOBODY, body);
    }

    @Test
    void anOperatorsOutboundDialIsAnnouncedOnceWithItsOutcome() {
        // Zammad's convention: on a call out, user[] is the calling person; the admin maps that name to a login
        assertThat(api().put("/api/cti/extensions", ADMIN,
                "{\"extension\":\"Nguyễn Thị Lan\",\"login\":\"operator7\"}").status()).isEqualTo(200);
        String busy = UUID.randomUUID().toString();
        String unit = "0252.3822.345";
        assertThat(json("{\"event\":\"newCall\",\"from\":\"842523999999\",\"to\":\"" + unit
                + "\",\"direction\":\"out\",\"callId\":\"" + busy + "\",\"user\":[\"Nguyễn Thị Lan\"]}")
                .status()).isEqualTo(200);
        String hangup = "{\"event\":\"hangup\",\"from\":\"842523999999\",\"to\":\"" + unit
                + "\",\"direction\":\"out\",\"callId\":\"" + busy + "\",\"cause\":\"busy\"}";
        assertThat(json(hangup).status()).isEqualTo(200);
        assertThat(json(hangup).status()).isEqualTo(200);
        // answered (the answer may come after its hangup): one CONNECTED, at the answer
        String answered = UUID.randomUUID().toString();
        form("event=newCall&from=842523999999&to=0913680916&direction=out&callId=" + answered + "&user%5B%5D=Nguy%E1%BB%85n+Th%E1%BB%8B+Lan");
        form("event=hangup&from=842523999999&to=0913680916&direction=out&callId=" + answered + "&cause=normalClearing");
        form("event=answer&from=842523999999&to=0913680916&direction=out&callId=" + answered);
        // still ringing: nothing to announce yet
        String ringing = UUID.randomUUID().toString();
        form("event=newCall&from=842523999999&to=0913680917&direction=out&callId=" + ringing);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            java.util.List<JsonNode> dials = TopicReader.readAll(bootstrap, Topics.SWITCHBOARD_DIALLED);
            assertThat(dials.stream().filter(d -> d.path("key").asString().endsWith(busy))).singleElement()
                    .satisfies(d -> {
                        assertThat(d.path("payload").path("outcome").asString()).isEqualTo("BUSY");
                        assertThat(d.path("payload").path("operator").asString()).isEqualTo("operator7");
                        assertThat(d.path("payload").path("number").asString()).isEqualTo(unit);
                    });
            assertThat(dials.stream().filter(d -> d.path("key").asString().endsWith(answered))).singleElement()
                    .satisfies(d -> assertThat(d.path("payload").path("outcome").asString()).isEqualTo("CONNECTED"));
            assertThat(dials.stream().filter(d -> d.path("key").asString().endsWith(ringing))).isEmpty();
        });
    }

    @Test
    void theAdminKeepsTheTableOfExtensions() {
        JsonNode table = api().get("/api/cti/extensions", SUPERVISOR).body();
        assertThat(table.toString()).contains("\"extension\":\"101\"", "\"login\":\"operator1\"");
        assertThat(api().put("/api/cti/extensions", SUPERVISOR, "{\"extension\":\"205\",\"login\":\"operator2\"}")
                .status()).isEqualTo(403);
        assertThat(api().get("/api/cti/extensions", OPERATOR1).status()).isEqualTo(403);
        Api.Response bad = api().put("/api/cti/extensions", ADMIN, "{\"extension\":\"<b>205</b>\",\"login\":\"operator2\"}");
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.body().path("errors").path(0).path("field").asString()).isEqualTo("extension");
        Api.Response noLogin = api().put("/api/cti/extensions", ADMIN, "{\"extension\":\"205\",\"login\":\"a b\"}");
        assertThat(noLogin.body().path("errors").path(0).path("field").asString()).as(noLogin.raw()).isEqualTo("login");

        assertThat(api().put("/api/cti/extensions", ADMIN, "{\"extension\":\"205\",\"login\":\"operator2\"}")
                .status()).isEqualTo(200);
        HttpHeaders operator2 = TestAuth.as("operator2", "OPERATOR", null);
        String first = UUID.randomUUID().toString();
        form("event=answer&from=" + number() + "&to=1022&direction=in&callId=" + first + "&answeringNumber=205");
        assertThat(api().get("/api/cti/mine", operator2).body().toString()).contains(first);

        assertThat(api().delete("/api/cti/extensions/205", ADMIN).status()).isEqualTo(204);
        assertThat(api().get("/api/cti/extensions", ADMIN).body().toString()).doesNotContain("\"205\"");
        String second = UUID.randomUUID().toString();
        form("event=answer&from=" + number() + "&to=1022&direction=in&callId=" + second + "&answeringNumber=205");
        assertThat(api().get("/api/cti/mine", operator2).body().toString()).doesNotContain(second);
    }

    @Test
    void theAnsweredCallIsPushedToTheOperatorsOpenStream() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/cti/mine/stream"));
        OPERATOR1.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> response =
                client.send(request.GET().build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        try {
            String callId = UUID.randomUUID().toString();
            form("event=newCall&from=" + number() + "&to=1022&direction=in&callId=" + callId);
            form("event=answer&from=" + number() + "&to=1022&direction=in&callId=" + callId + "&answeringNumber=101");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(3))
                    .until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(callId)));
            assertThat(lines).contains("event:popups");
            // someone else's stream never carries it
            assertThat(api().get("/api/cti/mine", TestAuth.as("operator2", "OPERATOR", null)).body().toString())
                    .doesNotContain(callId);
            assertThat(api().get("/api/cti/mine/stream", TestAuth.as("ops1", "OPS", null)).status()).isEqualTo(403);
        } finally {
            response.body().close();
        }
    }

    @Test
    void aWrongTokenIsAPageThatDoesNotExist() {
        api().post("/api/cti/not-the-token-at-all-1234", NOBODY,
                "{\"event\":\"newCall\",\"direction\":\"in\",\"callId\":\"x\",\"from\":\"0908158383\"}").problem(404);
        JsonNode bad = json("{\"event\":\"ring\",\"direction\":\"in\",\"callId\":\"x\"}").problem(400);
        assertThat(bad.path("errors").path(0).path("field").asString()).isEqualTo("event");
        assertThat(json("[1,2]").status()).isEqualTo(400);
        Api.Response nested = json("{\"event\":\"newCall\",\"direction\":\"in\",\"callId\":{\"a\":1}}");
        assertThat(nested.status()).as(nested.raw()).isEqualTo(400);
        assertThat(nested.body().path("errors").path(0).path("field").asString()).isEqualTo("callId");
    }

    @Test
    void anAnsweredCallPopsUpForTheOperatorAtThatExtensionUntilLogged() {
        String from = number();
        String callId = UUID.randomUUID().toString();
        assertThat(form("event=newCall&from=" + from + "&to=1022&direction=in&callId=" + callId
                + "&user%5B%5D=Operator+One&user%5B%5D=Supervisor").body().isEmpty()).isTrue();
        JsonNode ringing = api().get("/api/cti/queue", SUPERVISOR).body();
        assertThat(ringing.path("ringingNow").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(form("event=answer&from=" + from + "&to=1022&direction=in&callId=" + callId
                + "&answeringNumber=101").status()).isEqualTo(200);
        JsonNode answeredQueue = api().get("/api/cti/queue", SUPERVISOR).body();
        assertThat(answeredQueue.path("targetSeconds").asLong()).isEqualTo(20);
        assertThat(answeredQueue.path("serviceLevelTarget").asDouble()).isEqualTo(0.8);
        assertThat(answeredQueue.path("answeredInTargetToday").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(answeredQueue.path("serviceLevel").asDouble()).isBetween(0.0, 1.0);
        JsonNode mine = api().get("/api/cti/mine", OPERATOR1).body();
        JsonNode popup = null;
        for (JsonNode p : mine) {
            if (p.path("id").asString().endsWith(callId)) {
                popup = p;
            }
        }
        assertThat(popup).as(mine.toString()).isNotNull();
        assertThat(popup.path("callerNumber").asString()).isEqualTo(from);
        assertThat(popup.path("answeredAt").asString()).isNotBlank();

        Api.Response logged = api().post("/api/calls", OPERATOR1, """
                {"callerNumber":"%s","locality":"HAM_TAN","topic":"TRAVEL_TRANSPORT","question":"Đi Hàm Tân cần gì?",
                 "startedAt":"%s","ctiCallId":"%s"}""".formatted(from, popup.path("answeredAt").asString(),
                popup.path("id").asString()));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        String popupId = popup.path("id").asString();
        api().get("/api/cti/mine", OPERATOR1).body()
                .forEach(p -> assertThat(p.path("id").asString()).isNotEqualTo(popupId));
        assertThat(form("event=hangup&from=" + from + "&to=1022&direction=in&callId=" + callId
                + "&cause=normalClearing&answeringNumber=101").status()).isEqualTo(200);
    }

    @Test
    void aCallNobodyAnsweredIsCalledBackUnlessTheCitizenCallsAgain() {
        String from = number();
        String callId = UUID.randomUUID().toString();
        String newCall = "{\"event\":\"newCall\",\"from\":\"" + from + "\",\"to\":\"1022\",\"direction\":\"in\","
                + "\"callId\":\"" + callId + "\",\"user\":[\"Operator One\"]}";
        json(newCall);
        json(newCall);                                                    // the PBX retried
        json("{\"event\":\"hangup\",\"from\":\"" + from + "\",\"to\":\"1022\",\"direction\":\"in\",\"callId\":\""
                + callId + "\",\"cause\":\"cancel\"}");
        JsonNode missed = find(api().get("/api/callbacks", OPERATOR1).body(), "missed:test-pbx:" + callId);
        assertThat(missed).isNotNull();
        assertThat(missed.path("kind").asString()).isEqualTo("MISSED");
        assertThat(missed.path("caller").asString()).contains("*");
        assertThat(api().get("/api/callbacks/" + missed.path("id").asString(), OPERATOR1).body().path("caller")
                .asString()).isEqualTo("+84" + from.substring(1));
        JsonNode queue = api().get("/api/cti/queue", SUPERVISOR).body();
        assertThat(queue.path("missedToday").asLong()).isGreaterThanOrEqualTo(1);
        // reporting learns of it for staffing: once, as missed, with the wait and without the number
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(TopicReader.readAll(bootstrap, Topics.SWITCHBOARD_CALL_ENDED).stream()
                        .filter(e -> e.path("key").asString().endsWith(callId))).singleElement().satisfies(e -> {
                            assertThat(e.path("payload").path("outcome").asString()).isEqualTo("MISSED");
                            assertThat(e.path("payload").path("waitSeconds").isIntegralNumber()).isTrue();
                            assertThat(e.toString()).doesNotContain(from.substring(1));
                        }));

        String again = UUID.randomUUID().toString();
        json("{\"event\":\"newCall\",\"from\":\"" + from + "\",\"to\":\"1022\",\"direction\":\"in\",\"callId\":\"" + again + "\"}");
        json("{\"event\":\"answer\",\"from\":\"" + from + "\",\"to\":\"1022\",\"direction\":\"in\",\"callId\":\"" + again
                + "\",\"answeringNumber\":\"101\"}");
        assertThat(find(api().get("/api/callbacks", OPERATOR1).body(), "missed:test-pbx:" + callId))
                .as("the citizen got through: nobody needs to call back").isNull();
        assertThat(api().get("/api/callbacks/missed:test-pbx:" + callId, OPERATOR1).body().path("status").asString())
                .isEqualTo("DONE");
    }

    @Test
    void aBlockedNumberIsRejectedAndNeverCalledBack() {
        String from = number();
        Api.Response flagged = api().post("/api/callers/flags", SUPERVISOR, """
                {"callerNumber":"%s","kind":"ABUSE","reason":"Chửi bới điện thoại viên nhiều lần","blocked":true}"""
                .formatted(from));
        assertThat(flagged.status()).as(flagged.raw()).isEqualTo(201);
        String callId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            Api.Response r = form("event=newCall&from=" + from + "&to=1022&direction=in&callId=" + callId);
            assertThat(r.body().path("action").asString()).isEqualTo("reject");
            assertThat(r.body().path("reason").asString()).isEqualTo("busy");
        }
        form("event=hangup&from=" + from + "&to=1022&direction=in&callId=" + callId + "&cause=busy");
        assertThat(find(api().get("/api/callbacks", OPERATOR1).body(), "missed:test-pbx:" + callId)).isNull();
        assertThat(api().get("/api/cti/queue", SUPERVISOR).body().path("blockedToday").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(form("event=newCall&from=" + number() + "&to=1022&direction=in&callId=" + UUID.randomUUID())
                .body().isEmpty()).as("others still get through").isTrue();
    }

    @Test
    void eventsInAnyOrderGiveTheSameCall() {
        String from = number();
        String callId = UUID.randomUUID().toString();
        form("event=hangup&from=" + from + "&to=1022&direction=in&callId=" + callId + "&cause=normalClearing");
        form("event=answer&from=" + from + "&to=1022&direction=in&callId=" + callId + "&answeringNumber=101");
        form("event=newCall&from=" + from + "&to=1022&direction=in&callId=" + callId);
        assertThat(find(api().get("/api/callbacks", OPERATOR1).body(), "missed:test-pbx:" + callId)).isNull();
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (id.equals(n.path("id").asString())) {
                return n;
            }
        }
        return null;
    }
}
