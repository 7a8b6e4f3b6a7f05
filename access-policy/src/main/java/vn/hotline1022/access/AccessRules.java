package vn.hotline1022.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.hotline1022.access.Role.ADMIN;
import static vn.hotline1022.access.Role.OPERATOR;
import static vn.hotline1022.access.Role.OPS;
import static vn.hotline1022.access.Role.SUPERVISOR;
import static vn.hotline1022.access.Role.UNIT;

/**
 * The role × route table of the API, as data, and the only one: the gateway builds its security chain from it,
 * every service builds its own from it too (services listen on their own ports, so a rule kept only at the gateway
 * is no rule), the route × role tests walk it and docs/security.md shows it. First match wins, so specific rules
 * come before general ones. Anything under /api/ that no rule names is refused (fail closed). Object-level rules
 * (own calls, own unit) are the owning service's, on top of this.
 */
public final class AccessRules {

    /** {@code method == null}: any method. {@code roles} empty: anyone, even without a token. */
    public record Rule(String method, String pattern, String example, Set<Role> roles) {
        public boolean isPublic() {
            return roles.isEmpty();
        }

        public boolean allows(Set<Role> held) {
            return isPublic() || held.stream().anyMatch(roles::contains);
        }

        public boolean matches(String requestMethod, String path) {
            return (method == null || method.equalsIgnoreCase(requestMethod)) && PathPattern.matches(pattern, path);
        }
    }

    private static final Set<Role> ANYONE = Set.of();
    private static final Set<Role> ANY_USER = EnumSet.allOf(Role.class);
    private static final Set<Role> DESK = EnumSet.of(OPERATOR, SUPERVISOR);
    /** Those who watch the desk's load: the queue, callback counts, line health, routing data. */
    private static final Set<Role> DESK_AND_OPS = EnumSet.of(OPERATOR, SUPERVISOR, OPS);
    private static final Set<Role> SUPERVISION = EnumSet.of(SUPERVISOR, ADMIN);
    private static final Set<Role> READERS_OF_ESCALATIONS = EnumSet.of(OPERATOR, SUPERVISOR, UNIT, OPS);
    private static final String GET = "GET";
    private static final String POST = "POST";
    private static final String PUT = "PUT";
    private static final String DELETE = "DELETE";

    public static final List<Rule> RULES = List.of(
            rule(POST, "/api/auth/login", ANYONE),
            rule(POST, "/api/auth/refresh", ANYONE),
            // choosing one's own password after an admin set one: the current password is the credential
            rule(POST, "/api/auth/password", ANYONE),
            rule(POST, "/api/auth/logout", ANYONE),
            rule(GET, "/api/auth/me", ANY_USER),
            rule(null, "/api/auth/users/**", "/api/auth/users", EnumSet.of(ADMIN)),
            rule(null, "/api/auth/users", EnumSet.of(ADMIN)),
            rule(GET, "/api/audit/**", "/api/audit", SUPERVISION),
            rule(GET, "/api/audit", SUPERVISION),

            // call intake
            rule(GET, "/api/calls/reference", ANY_USER),
            rule(POST, "/api/calls", DESK),
            rule(POST, "/api/calls/*/close", "/api/calls/c1/close", DESK),
            rule(POST, "/api/calls/*/questions", "/api/calls/c1/questions", DESK),
            // the switchboard: its secret token in the path is its credential (a wrong one is a 404)
            rule(GET, "/api/cti/mine", DESK),
            rule(GET, "/api/cti/mine/stream", DESK),
            rule(GET, "/api/cti/queue", DESK_AND_OPS),
            // who answers at which extension: the admin keeps it, a supervisor may read it
            rule(GET, "/api/cti/extensions", SUPERVISION),
            rule(PUT, "/api/cti/extensions", EnumSet.of(ADMIN)),
            rule(DELETE, "/api/cti/extensions/*", "/api/cti/extensions/101", EnumSet.of(ADMIN)),
            rule(POST, "/api/cti/*", "/api/cti/0123456789abcdef0123", ANYONE),
            rule(POST, "/api/calls/*/notes", "/api/calls/c1/notes", DESK),
            rule(GET, "/api/calls/*/timeline", "/api/calls/c1/timeline", DESK),
            rule(GET, "/api/calls", DESK),
            rule(GET, "/api/calls/*", "/api/calls/c1", DESK),
            rule(null, "/api/callers/flags", EnumSet.of(SUPERVISOR)),
            rule(null, "/api/callers/flags/**", "/api/callers/flags/f1", EnumSet.of(SUPERVISOR)),
            rule(GET, "/api/callers/*/history", "/api/callers/0908158383/history", DESK),
            // callbacks: the desk calls citizens back with the unit's answer (intake owns the number)
            rule(GET, "/api/callbacks", DESK),
            rule(GET, "/api/callbacks/summary", DESK_AND_OPS),
            rule(GET, "/api/callbacks/*", "/api/callbacks/cb1", DESK),
            rule(POST, "/api/callbacks/*/attempts", "/api/callbacks/cb1/attempts", DESK),

            // knowledge
            rule(GET, "/api/knowledge/search", DESK),
            rule(GET, "/api/knowledge/suggest", DESK),
            rule(POST, "/api/knowledge/entries/*/used", "/api/knowledge/entries/k1/used", DESK),
            rule(GET, "/api/knowledge/entries/*", "/api/knowledge/entries/k1", DESK),
            rule(null, "/api/knowledge/**", "/api/knowledge/entries", EnumSet.of(SUPERVISOR)),
            rule(GET, "/public/**", "/public/answers", ANYONE),

            // routing: directory and rules, transfers, escalations
            // the directory's list names every unit; an admin giving a user a unit picks it by name
            rule(GET, "/api/routing/units", EnumSet.of(OPERATOR, SUPERVISOR, OPS, ADMIN)),
            rule(GET, "/api/routing/**", "/api/routing/rules", DESK_AND_OPS),
            rule(null, "/api/routing/**", "/api/routing/units", EnumSet.of(SUPERVISOR)),
            rule(GET, "/api/transfers/health", DESK_AND_OPS),
            rule(null, "/api/transfers", DESK),
            rule(null, "/api/transfers/**", "/api/transfers/t1/attempts", DESK),
            rule(POST, "/api/escalations/*/answer", "/api/escalations/e1/answer", EnumSet.of(UNIT, SUPERVISOR)),
            // operators read escalations to tell a repeat caller "sent to X, due Y"; answering stays with the unit
            rule(GET, "/api/escalations", READERS_OF_ESCALATIONS),
            rule(GET, "/api/escalations/*", "/api/escalations/e1", READERS_OF_ESCALATIONS),
            rule(null, "/api/escalations/**", "/api/escalations/e1/reassign", EnumSet.of(SUPERVISOR)),

            // reporting; the wallboard page and its script are static (its data is not)
            rule(GET, "/api/reports/wallboard", ANYONE),
            rule(GET, "/api/reports/webjars/**", "/api/reports/webjars/echarts/5/dist/echarts.min.js", ANYONE),
            // a unit reads the official letters addressed to it (reporting checks that the letter is its own)
            rule(GET, "/api/reports/digests/**", "/api/reports/digests/UBND_LA_GI/2026-11-28.html",
                    EnumSet.of(SUPERVISOR, OPS, UNIT)),
            rule(GET, "/api/reports/**", "/api/reports/summary", EnumSet.of(SUPERVISOR, OPS)),
            rule(null, "/api/reports/**", "/api/reports/digests/generate", EnumSet.of(SUPERVISOR)));

    private AccessRules() {
    }

    /** A rule for one exact path: that path is its own example. */
    private static Rule rule(String method, String path, Set<Role> roles) {
        return rule(method, path, path, roles);
    }

    private static Rule rule(String method, String pattern, String example, Set<Role> roles) {
        return new Rule(method, pattern, example, roles.isEmpty() ? Set.of() : Set.copyOf(roles));
    }

    /** The first rule naming this method and path, or null: under /api/ that means refused. */
    public static Rule match(String method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst().orElse(null);
    }

    /** The table's verdict for a request to the API: null rule means refused (fail closed). */
    public static boolean allows(String method, String path, Set<Role> held) {
        Rule rule = match(method, path);
        return rule != null && rule.allows(held);
    }

    /** Supervisors (and admins) see every operator's calls; the role test for object-level rules everywhere. */
    public static boolean seesAllCalls(Set<Role> held) {
        return held.contains(SUPERVISOR) || held.contains(ADMIN);
    }
}
