package vn.hotline1022.system;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Role boundaries the gateway's route matrix cannot see, checked against the real services: a unit reading or
 * answering another unit's escalation, bodies that try to set fields the role may not set, and services refusing
 * requests that bypass the gateway without a token (headers alone are never trusted).
 */
class RoleBoundariesIT extends SystemTest {

    @Test
    void aUnitNeverSeesNorAnswersAnotherUnitsEscalation() throws Exception {
        String question = "Hộ nghèo ở La Gi bị ảnh hưởng dịch được hỗ trợ tiền mặt bao nhiêu? (kiểm tra phân quyền)";
        HttpResponse<String> call = send("POST", sut.gateway() + "/api/calls", "operator1", """
                {"callerNumber":"0912 345 678","locality":"LA_GI","topic":"HARDSHIP_SUPPORT","question":"%s"}""".formatted(question));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        String callId = JSON.readTree(call.body()).path("id").asString();
        HttpResponse<String> closed = send("POST", sut.gateway() + "/api/calls/" + callId + "/close", "operator1",
                "{\"outcome\":\"ESCALATED\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        AtomicReference<String> escalationId = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> list = send("GET", sut.gateway() + "/api/escalations?status=OPEN", "unit-UBND_LA_GI", null);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            for (JsonNode e : JSON.readTree(list.body())) {
                if (e.path("question").asString().contains("kiểm tra phân quyền")) {
                    escalationId.set(e.path("id").asString());
                }
            }
            assertThat(escalationId.get()).isNotNull();
        });
        String id = escalationId.get();

        assertThat(send("GET", sut.gateway() + "/api/escalations/" + id, "unit-SO_GTVT", null).statusCode()).isIn(403, 404);
        assertThat(send("POST", sut.gateway() + "/api/escalations/" + id + "/answer", "unit-SO_GTVT",
                "{\"answer\":\"Không phải đơn vị của tôi\"}").statusCode()).isIn(403, 404);
        HttpResponse<String> foreignList = send("GET", sut.gateway() + "/api/escalations?unit=UBND_LA_GI", "unit-SO_GTVT", null);
        assertThat(foreignList.statusCode()).isIn(200, 403);
        if (foreignList.statusCode() == 200) {
            assertThat(foreignList.body()).doesNotContain(id);
        }
        // operators read escalations (to tell a repeat caller where the question went) but never answer them
        assertThat(send("GET", sut.gateway() + "/api/escalations/" + id, "operator1", null).statusCode()).isEqualTo(200);
        assertThat(send("POST", sut.gateway() + "/api/escalations/" + id + "/answer", "operator1",
                "{\"answer\":\"Điện thoại viên tự trả lời\"}").statusCode()).isEqualTo(403);

        // the answering unit cannot pose as someone else or move the escalation to another unit
        HttpResponse<String> answered = send("POST", sut.gateway() + "/api/escalations/" + id + "/answer", "unit-UBND_LA_GI", """
                {"answer":"Mỗi hộ nghèo được hỗ trợ 1.500.000 đồng.","answeredBy":"supervisor1","unitCode":"SO_GTVT","status":"MERGED"}""");
        assertThat(answered.statusCode()).as(answered.body()).isIn(200, 400);
        if (answered.statusCode() == 200) {
            JsonNode e = JSON.readTree(answered.body());
            assertThat(e.path("answeredBy").asString()).isEqualTo("unit-UBND_LA_GI");
            assertThat(e.path("unitCode").asString()).isEqualTo("UBND_LA_GI");
            assertThat(e.path("status").asString()).isEqualTo("ANSWERED");
        }
    }

    @Test
    void bodiesCannotSetFieldsTheRoleMayNotSet() throws Exception {
        HttpResponse<String> call = send("POST", sut.gateway() + "/api/calls", "operator1", """
                {"callerNumber":"0908 111 222","locality":"PHAN_THIET","topic":"OTHER","question":"Kiểm tra trường operator",
                 "operator":"supervisor1","status":"CLOSED","outcome":"PRANK"}""");
        assertThat(call.statusCode()).as(call.body()).isIn(201, 400);
        if (call.statusCode() == 201) {
            JsonNode c = JSON.readTree(call.body());
            assertThat(c.path("operator").asString()).isEqualTo("operator1");
            assertThat(c.path("outcome").isNull() || c.path("outcome").isMissingNode()).isTrue();
        }

        HttpResponse<String> entry = send("POST", sut.gateway() + "/api/knowledge/entries", "supervisor1", """
                {"externalId":"ROLE-CHECK-01","question":"Mục kiểm tra trạng thái","answer":"Nội dung kiểm tra.",
                 "topic":"OTHER","status":"PUBLISHED"}""");
        assertThat(entry.statusCode()).as(entry.body()).isIn(201, 400);
        if (entry.statusCode() == 201) {
            assertThat(JSON.readTree(entry.body()).path("status").asString()).isEqualTo("DRAFT");
        }
        assertThat(send("POST", sut.gateway() + "/api/knowledge/entries", "operator1",
                "{\"question\":\"x\",\"answer\":\"y\",\"topic\":\"OTHER\"}").statusCode()).isEqualTo(403);
        assertThat(send("POST", sut.gateway() + "/api/auth/users", "supervisor1",
                "{\"username\":\"tu-cap-quyen\",\"password\":\"mat-khau-dai-1022\",\"roles\":[\"ADMIN\"]}").statusCode()).isEqualTo(403);
    }

    @Test
    void servicesRefuseRequestsThatBypassTheGatewayWithoutAToken() throws Exception {
        for (String url : new String[] {sut.service("routing-service") + "/api/escalations",
                sut.service("call-intake-service") + "/api/calls/reference",
                sut.service("knowledge-service") + "/api/knowledge/search?q=vac+xin",
                sut.service("reporting-service") + "/api/reports/summary?from=2026-01-01&to=2026-01-01"}) {
            HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("X-User", "supervisor1").header("X-Roles", "SUPERVISOR").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(url).isEqualTo(401);
            HttpResponse<String> badToken = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(badToken.statusCode()).as(url).isEqualTo(401);
        }
        HttpResponse<String> withToken = HTTP.send(HttpRequest.newBuilder(URI.create(sut.service("call-intake-service") + "/api/calls/reference"))
                .header("Authorization", GatewayLogin.bearer(sut, "operator1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String url, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", GatewayLogin.bearer(sut, user));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
