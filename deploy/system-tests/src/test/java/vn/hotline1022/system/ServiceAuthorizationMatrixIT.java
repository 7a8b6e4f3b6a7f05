package vn.hotline1022.system;

import org.junit.jupiter.api.Test;
import vn.hotline1022.access.AccessRules;
import vn.hotline1022.access.Role;
import vn.hotline1022.testsupport.DemoAccounts;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16: the role table holds where the data lives. Every rule of {@link AccessRules}, with every role and without a
 * token, straight at the port of the service that owns the path (no gateway in between), gives the gateway's
 * decision: 401 without a token, 403 for a role the table refuses, anything but 401/403 for an allowed one. And
 * object rules: another operator's call and transfer are 404 at the service and through the gateway, and a
 * transfer for a call intake never issued is 409 (ADR-007).
 */
class ServiceAuthorizationMatrixIT extends SystemTest {

    private static String owner(String path) {
        if (path.startsWith("/api/calls") || path.startsWith("/api/callers")) {
            return "call-intake-service";
        }
        if (path.startsWith("/api/knowledge") || path.startsWith("/public")) {
            return "knowledge-service";
        }
        if (path.startsWith("/api/routing") || path.startsWith("/api/transfers") || path.startsWith("/api/escalations")) {
            return "routing-service";
        }
        if (path.startsWith("/api/reports")) {
            return "reporting-service";
        }
        return null;   // the gateway's own (auth, audit)
    }

    @Test
    void everyRuleWithEveryRoleStraightAtTheOwningService() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (AccessRules.Rule rule : AccessRules.RULES) {
            String service = owner(rule.example());
            if (service == null) {
                continue;
            }
            for (String method : rule.method() == null ? List.of("GET", "POST") : List.of(rule.method())) {
                AccessRules.Rule effective = AccessRules.match(method, rule.example());
                for (Map.Entry<Role, String> user : DemoAccounts.BY_ROLE.entrySet()) {
                    int status = send(sut.service(service) + rule.example(), method, GatewayLogin.bearer(sut, user.getValue()));
                    boolean allowed = effective.allows(java.util.Set.of(user.getKey()));
                    if (allowed ? (status == 401 || status == 403) : status != 403) {
                        failures.add(method + " " + service + rule.example() + " as " + user.getKey() + ": " + status
                                + (allowed ? " (allowed by the table)" : " (refused by the table)"));
                    }
                    checked++;
                }
                int anonymous = send(sut.service(service) + rule.example(), method, null);
                if (effective.isPublic() ? anonymous == 401 : anonymous != 401) {
                    failures.add(method + " " + service + rule.example() + " anonymous: " + anonymous);
                }
                checked++;
            }
        }
        System.out.printf("[authz] %d role x route decisions straight at the services, %d differ from the table%n",
                checked, failures.size());
        assertThat(failures).as("%d checked", checked).isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void anotherOperatorsCallAndTransferAreNotFoundAtTheServiceAndThroughTheGateway() throws Exception {
        String admin = GatewayLogin.bearer(sut, "admin1");
        HttpResponse<String> created = post(sut.gateway() + "/api/auth/users", admin,
                "{\"username\":\"operator.matrix\",\"displayName\":\"Điện thoại viên kiểm tra\",\"password\":\"mat-khau-dai-1022\",\"roles\":[\"OPERATOR\"]}");
        assertThat(created.statusCode()).as(created.body()).isIn(201, 400);
        // an admin's password is changed by its user at the first login; a rerun finds it changed already
        HttpResponse<String> own = post(sut.gateway() + "/api/auth/password", null,
                "{\"username\":\"operator.matrix\",\"currentPassword\":\"mat-khau-dai-1022\",\"newPassword\":\"mat-khau-rieng-1022\"}");
        assertThat(own.statusCode()).as(own.body()).isIn(200, 401);
        String other = "Bearer " + JSON.readTree(post(sut.gateway() + "/api/auth/login", null,
                "{\"username\":\"operator.matrix\",\"password\":\"mat-khau-rieng-1022\"}").body()).path("accessToken").asString();
        String mine = GatewayLogin.bearer(sut, "operator1");

        HttpResponse<String> call = post(sut.gateway() + "/api/calls", mine,
                "{\"callerNumber\":\"0913 222 333\",\"locality\":\"HAM_TAN\",\"topic\":\"TRAVEL_TRANSPORT\",\"question\":\"Kiểm tra quyền theo đối tượng\"}");
        String callId = JSON.readTree(call.body()).path("id").asString();
        HttpResponse<String> transfer = post(sut.gateway() + "/api/transfers", mine,
                "{\"callId\":\"" + callId + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}");
        assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(201);
        String transferId = JSON.readTree(transfer.body()).path("id").asString();

        for (String base : List.of(sut.gateway(), sut.service("call-intake-service"))) {
            assertThat(send(base + "/api/calls/" + callId, "GET", other)).as(base).isEqualTo(404);
            assertThat(post(base + "/api/calls/" + callId + "/close", other, "{\"outcome\":\"INFORMATION_ONLY\"}").statusCode())
                    .as(base).isEqualTo(404);
            assertThat(send(base + "/api/calls/" + callId, "GET", mine)).as(base).isEqualTo(200);
        }
        String made = "{\"callId\":\"CALL-NEVER-LOGGED-" + java.util.UUID.randomUUID()
                + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}";
        for (String base : List.of(sut.gateway(), sut.service("routing-service"))) {
            assertThat(send(base + "/api/transfers/" + transferId, "GET", other)).as(base).isEqualTo(404);
            assertThat(send(base + "/api/transfers/" + transferId, "GET", mine)).as(base).isEqualTo(200);
            HttpResponse<String> theirCall = post(base + "/api/transfers", other,
                    "{\"callId\":\"" + callId + "\",\"topic\":\"TRAVEL_TRANSPORT\",\"locality\":\"HAM_TAN\"}");
            assertThat(theirCall.statusCode()).as(base + " " + theirCall.body()).isEqualTo(404);
            // ADR-007: a call id intake never issued is refused after routing's short wait, naming the field
            HttpResponse<String> madeUp = post(base + "/api/transfers", mine, made);
            assertThat(madeUp.statusCode()).as(base + " " + madeUp.body()).isEqualTo(409);
            assertThat(JSON.readTree(madeUp.body()).path("errors").path(0).path("field").asString()).isEqualTo("callId");
        }
    }

    private static int send(String url, String method, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (bearer != null) {
            b.header("Authorization", bearer);
        }
        if (method.equals("GET")) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpResponse<String> post(String url, String bearer, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", bearer);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
