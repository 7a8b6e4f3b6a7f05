package vn.hotline1022.access;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTest {

    @Test
    void patternsMatchAsAntPatterns() {
        assertThat(PathPattern.matches("/api/calls/*", "/api/calls/c1")).isTrue();
        assertThat(PathPattern.matches("/api/calls/*", "/api/calls/c1/close")).isFalse();
        assertThat(PathPattern.matches("/api/knowledge/**", "/api/knowledge")).isTrue();
        assertThat(PathPattern.matches("/api/knowledge/**", "/api/knowledge/entries/k1/used")).isTrue();
        assertThat(PathPattern.matches("/api/callbacks/*/attempts", "/api/callbacks/c:e/attempts")).isTrue();
        assertThat(PathPattern.matches("/api/calls", "/api/calls/")).isFalse();
    }

    @Test
    void everyExampleIsDecidedByItsOwnRule() {
        for (AccessRules.Rule rule : AccessRules.RULES) {
            String method = rule.method() == null ? "DELETE" : rule.method();
            assertThat(AccessRules.match(method, rule.example())).as(rule.pattern()).isNotNull();
        }
    }

    @Test
    void theFindingsOfTheProbeAreRefusedByTheTable() {
        assertThat(AccessRules.allows("POST", "/api/reports/digests/SO_GTVT/2026-11-28", Set.of(Role.OPS))).isFalse();
        assertThat(AccessRules.allows("POST", "/api/reports/digests/SO_GTVT/2026-11-28", Set.of(Role.OPERATOR))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/reports/summary", Set.of(Role.UNIT))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/reports/summary", Set.of(Role.OPERATOR))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/calls", Set.of(Role.OPS))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/calls", Set.of(Role.ADMIN))).isFalse();
        assertThat(AccessRules.allows("POST", "/api/callers/flags", Set.of(Role.OPS))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/knowledge/search", Set.of(Role.ADMIN))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/anything-unnamed", Set.of(Role.values()))).isFalse();
        assertThat(AccessRules.allows("GET", "/api/calls/c1", Set.of(Role.OPERATOR))).isTrue();
        assertThat(AccessRules.allows("GET", "/public/answers", Set.of())).isTrue();
    }
}
