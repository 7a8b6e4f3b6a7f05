package vn.hotline1022.gateway.security;

import org.springframework.http.HttpMethod;
import vn.hotline1022.gateway.auth.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.hotline1022.gateway.auth.Role.ADMIN;
import static vn.hotline1022.gateway.auth.Role.OPERATOR;
import static vn.hotline1022.gateway.auth.Role.OPS;
import static vn.hotline1022.gateway.auth.Role.SUPERVISOR;
import static vn.hotline1022.gateway.auth.Role.UNIT;

/**
 * The role × route matrix of the API, as data: the security chain is built from it, the route × role test walks
 * it, and docs/security.md shows it. First match wins, so specific rules come before general ones. Anything
 * under /api/ that no rule names is refused (fail closed). Services check again, finer (own unit, own calls).
 */
public final class AccessMatrix {

    /** {@code method == null}: any method. {@code roles} empty: anyone, even without a token. */
    public record Rule(HttpMethod method, String pattern, String example, Set<Role> roles) {
        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    private static final Set<Role> ANYONE = Set.of();
    private static final Set<Role> ANY_USER = EnumSet.allOf(Role.class);
    private static final Set<Role> DESK = EnumSet.of(OPERATOR, SUPERVISOR);

    public static final List<Rule> RULES = List.of(
            rule(HttpMethod.POST, "/api/auth/login", "/api/auth/login", ANYONE),
            rule(HttpMethod.POST, "/api/auth/refresh", "/api/auth/refresh", ANYONE),
            rule(HttpMethod.POST, "/api/auth/logout", "/api/auth/logout", ANYONE),
            rule(HttpMethod.GET, "/api/auth/me", "/api/auth/me", ANY_USER),
            rule(null, "/api/auth/users/**", "/api/auth/users", EnumSet.of(ADMIN)),
            rule(null, "/api/auth/users", "/api/auth/users", EnumSet.of(ADMIN)),
            rule(HttpMethod.GET, "/api/audit/**", "/api/audit", EnumSet.of(SUPERVISOR, ADMIN)),
            rule(HttpMethod.GET, "/api/audit", "/api/audit", EnumSet.of(SUPERVISOR, ADMIN)),

            // call intake
            rule(HttpMethod.GET, "/api/calls/reference", "/api/calls/reference", ANY_USER),
            rule(HttpMethod.POST, "/api/calls", "/api/calls", DESK),
            rule(HttpMethod.POST, "/api/calls/*/close", "/api/calls/c1/close", DESK),
            rule(HttpMethod.GET, "/api/calls", "/api/calls", DESK),
            rule(HttpMethod.GET, "/api/calls/*", "/api/calls/c1", DESK),
            rule(HttpMethod.GET, "/api/callers/flags", "/api/callers/flags", DESK),
            rule(null, "/api/callers/flags", "/api/callers/flags", EnumSet.of(SUPERVISOR)),
            rule(null, "/api/callers/flags/**", "/api/callers/flags/f1", EnumSet.of(SUPERVISOR)),
            rule(HttpMethod.GET, "/api/callers/*/history", "/api/callers/0908158383/history", DESK),

            // knowledge
            rule(HttpMethod.GET, "/api/knowledge/search", "/api/knowledge/search", DESK),
            rule(HttpMethod.GET, "/api/knowledge/suggest", "/api/knowledge/suggest", DESK),
            rule(HttpMethod.POST, "/api/knowledge/entries/*/used", "/api/knowledge/entries/k1/used", DESK),
            rule(HttpMethod.GET, "/api/knowledge/entries/*", "/api/knowledge/entries/k1", DESK),
            rule(null, "/api/knowledge/**", "/api/knowledge/entries", EnumSet.of(SUPERVISOR)),
            rule(HttpMethod.GET, "/public/**", "/public/answers", ANYONE),

            // routing: directory and rules, transfers, escalations
            rule(HttpMethod.GET, "/api/routing/**", "/api/routing/units", EnumSet.of(OPERATOR, SUPERVISOR, OPS)),
            rule(null, "/api/routing/**", "/api/routing/units", EnumSet.of(SUPERVISOR)),
            rule(HttpMethod.GET, "/api/transfers/health", "/api/transfers/health", EnumSet.of(OPERATOR, SUPERVISOR, OPS)),
            rule(null, "/api/transfers", "/api/transfers", DESK),
            rule(null, "/api/transfers/**", "/api/transfers/t1/attempts", DESK),
            rule(HttpMethod.GET, "/api/escalations/callbacks", "/api/escalations/callbacks", DESK),
            rule(HttpMethod.POST, "/api/escalations/*/callbacks/*/done", "/api/escalations/e1/callbacks/c1/done", DESK),
            rule(HttpMethod.POST, "/api/escalations/*/answer", "/api/escalations/e1/answer", EnumSet.of(UNIT, SUPERVISOR)),
            // operators read escalations to tell a repeat caller "sent to X, due Y"; answering stays with the unit
            rule(HttpMethod.GET, "/api/escalations", "/api/escalations", EnumSet.of(OPERATOR, SUPERVISOR, UNIT, OPS)),
            rule(HttpMethod.GET, "/api/escalations/*", "/api/escalations/e1", EnumSet.of(OPERATOR, SUPERVISOR, UNIT, OPS)),
            rule(null, "/api/escalations/**", "/api/escalations/e1/reassign", EnumSet.of(SUPERVISOR)),

            // reporting; the wallboard page and its script are static (its data is not)
            rule(HttpMethod.GET, "/api/reports/wallboard", "/api/reports/wallboard", ANYONE),
            rule(HttpMethod.GET, "/api/reports/webjars/**", "/api/reports/webjars/echarts/5/dist/echarts.min.js", ANYONE),
            rule(HttpMethod.GET, "/api/reports/**", "/api/reports/summary", EnumSet.of(SUPERVISOR, OPS)),
            rule(null, "/api/reports/**", "/api/reports/digests/generate", EnumSet.of(SUPERVISOR)));

    private AccessMatrix() {
    }

    private static Rule rule(HttpMethod method, String pattern, String example, Set<Role> roles) {
        return new Rule(method, pattern, example, roles.isEmpty() ? Set.of() : Set.copyOf(roles));
    }

    /** What the matrix decides for this method and path, for the test and the docs. */
    public static Rule match(HttpMethod method, String path) {
        var matcher = new org.springframework.util.AntPathMatcher();
        return RULES.stream().filter(r -> (r.method() == null || r.method().equals(method)) && matcher.match(r.pattern(), path))
                .findFirst().orElse(null);
    }
}
