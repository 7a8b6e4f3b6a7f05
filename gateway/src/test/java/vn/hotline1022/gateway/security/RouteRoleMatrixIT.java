package vn.hotline1022.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import vn.hotline1022.gateway.GatewayTestAccess;
import vn.hotline1022.access.Role;
import vn.hotline1022.access.AccessRules;
import vn.hotline1022.testsupport.DemoAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every route of {@link AccessRules} with every role and without a token, through the running gateway
 * (stub services behind it), and checks a hand-written list of decisions that must never change by accident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteRoleMatrixIT extends GatewayTestAccess {

    @Test
    void everyRouteWithEveryRole() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (AccessRules.Rule rule : AccessRules.RULES) {
            List<HttpMethod> methods = rule.method() == null ? List.of(HttpMethod.GET, HttpMethod.POST) : List.of(HttpMethod.valueOf(rule.method()));
            for (HttpMethod method : methods) {
                AccessRules.Rule effective = AccessRules.match(method.name(), rule.example());
                for (Map.Entry<Role, String> user : DemoAccounts.BY_ROLE.entrySet()) {
                    int status = call(method, rule.example(), token(user.getValue())).getStatus().value();
                    boolean allowed = effective.isPublic() || effective.roles().contains(user.getKey());
                    check(failures, method, rule.example(), user.getKey().name(), status, allowed ? null : 403);
                    checked++;
                }
                int anonymous = call(method, rule.example(), null).getStatus().value();
                check(failures, method, rule.example(), "anonymous", anonymous, effective.isPublic() ? null : 401);
                checked++;
            }
        }
        assertThat(failures).as("route × role decisions (%d checked)", checked).isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    /** Decisions spelled out by the issue, independent of how AccessRules is written (no user: no token). */
    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource(textBlock = """
            POST, /api/calls,                            operator1,       200
            POST, /api/calls,                            unit-UBND_LA_GI, 403
            POST, /api/calls,                            ops1,            403
            GET,  /api/knowledge/search?q=vac+xin,       operator1,       200
            POST, /api/knowledge/entries,                operator1,       403
            POST, /api/knowledge/entries/k1/publish,     supervisor1,     200
            POST, /api/knowledge/import,                 ops1,            403
            PUT,  /api/routing/units/SO_GTVT,            operator1,       403
            PUT,  /api/routing/units/SO_GTVT,            supervisor1,     200
            POST, /api/transfers,                        operator1,       200
            POST, /api/escalations/e1/answer,            unit-UBND_LA_GI, 200
            POST, /api/escalations/e1/answer,            operator1,       403
            GET,  /api/escalations?unit=UBND_LA_GI,      unit-UBND_LA_GI, 200
            # read-only for the desk: "sent to X, due Y"
            GET,  /api/escalations?status=OPEN,          operator1,       200
            GET,  /api/escalations/e1,                   operator1,       200
            POST, /api/escalations/e1/reassign,          unit-UBND_LA_GI, 403
            GET,  /api/reports/summary,                  operator1,       403
            # allowed; reporting is down in this test
            GET,  /api/reports/summary,                  ops1,            503
            POST, /api/callers/flags,                    operator1,       403
            GET,  /api/callers/0908158383/history,       unit-UBND_LA_GI, 403
            GET,  /api/auth/users,                       supervisor1,     403
            GET,  /api/auth/users,                       admin1,          200
            GET,  /public/answers,                       ,                200
            GET,  /api/calls/reference,                  ,                401
            # fail closed
            GET,  /api/unknown-new-thing,                admin1,          403
            """)
    void decisionsTheIssueSpellsOut(String method, String path, String username, int status) {
        assertThat(call(HttpMethod.valueOf(method), path, username == null ? null : token(username)).getStatus().value())
                .as("%s %s as %s", method, path, username).isEqualTo(status);
    }

    @Test
    void anAnonymousCallIsA401InTheCallersLanguage() {
        client().get().uri("/api/reports/anything").header("Accept-Language", "en")
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("Not signed in, or the session has expired.");
    }

    private EntityExchangeResult<String> call(HttpMethod method, String path, String token) {
        var spec = client().method(method).uri(path);
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        var ready = method == HttpMethod.GET ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        return ready.exchange().expectBody(String.class).returnResult();
    }

    private static void check(List<String> failures, HttpMethod method, String path, String who, int status, Integer denied) {
        boolean ok = denied == null ? status != 401 && status != 403 : status == denied;
        if (!ok) {
            failures.add(method + " " + path + " as " + who + " -> " + status + (denied == null ? " (should pass)" : " (should be " + denied + ")"));
        }
    }
}
