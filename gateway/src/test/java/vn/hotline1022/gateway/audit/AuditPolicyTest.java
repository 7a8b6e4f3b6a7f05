package vn.hotline1022.gateway.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditPolicyTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "GET,/api/callers/0908158383/history,CALLER_HISTORY_VIEW",
            "GET,/api/calls/abc,none",
            "POST,/api/calls,none",
            "POST,/api/knowledge/entries,KNOWLEDGE_CHANGE",
            "PUT,/api/knowledge/entries/k1,KNOWLEDGE_CHANGE",
            "POST,/api/knowledge/entries/k1/used,none",
            "GET,/api/knowledge/search,none",
            "PUT,/api/routing/units/SO_GTVT,DIRECTORY_CHANGE",
            "DELETE,/api/callers/flags/f1,CALLER_FLAG_CHANGE",
            "POST,/api/auth/users,USER_CHANGE"})
    void auditsHistoryViewsAndChanges(String method, String path, String action) {
        assertThat(AuditPolicy.action(method, path).orElse(null)).isEqualTo(action);
    }

    @Test
    void theSameCallerHasTheSameHashInAnyFormat() {
        String hash = AuditPolicy.phoneHash("0908158383");
        assertThat(AuditPolicy.phoneHashOfPath("/api/callers/%2B84908158383/history")).isEqualTo(hash);
        assertThat(AuditPolicy.phoneHashOfPath("/api/callers/0908.15.83.83/history")).isEqualTo(hash);
        assertThat(AuditPolicy.phoneHash("0908158384")).isNotEqualTo(hash);
        assertThat(AuditPolicy.phoneHash("1022")).isNull();
    }
}
