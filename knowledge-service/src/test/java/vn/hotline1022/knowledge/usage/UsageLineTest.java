package vn.hotline1022.knowledge.usage;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.knowledge.infra.LineError;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class UsageLineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2021-10-01T03:00:00Z");

    private static UsageLine.Parsed parse(String line) {
        return UsageLine.parse(7, line, JSON, NOW);
    }

    @Test
    void aGoodLineKeepsTheCallersWordsAndTheTimeToTheMillisecond() {
        UsageLine line = parse("""
                {"externalId":" LR-01 ","question":"  chích mũi ba ở đâu ","usedAt":"2021-09-12T08:15:30.123456Z"}""").usage();
        assertThat(line.line()).isEqualTo(7);
        assertThat(line.externalId()).isEqualTo("LR-01");
        assertThat(line.question()).isEqualTo("chích mũi ba ở đâu");
        assertThat(line.usedAt()).isEqualTo(Instant.parse("2021-09-12T08:15:30.123Z"));
        assertThat(line.rejected()).isFalse();
    }

    @Test
    void aDayMeansMidnightInVietnamAndUsedAtIsOptional() {
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\",\"usedAt\":\"2021-09-12\"}").usage().usedAt())
                .isEqualTo(Instant.parse("2021-09-11T17:00:00Z"));
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\"}").usage().usedAt()).isNull();
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\",\"usedAt\":null}").usage().usedAt()).isNull();
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\",\"rejected\":true}").usage().rejected()).isTrue();
    }

    @Test
    void eachFaultNamesItsField() {
        assertThat(parse("not json").errors()).extracting(LineError::field).containsExactly("line");
        assertThat(parse("[1,2]").errors()).extracting(LineError::field).containsExactly("line");
        assertThat(parse("{\"question\":\"q\"}").errors()).extracting(LineError::field).containsExactly("externalId");
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"  \"}").errors())
                .extracting(LineError::field, LineError::externalId).containsExactly(org.assertj.core.groups.Tuple.tuple("question", "A"));
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\",\"usedAt\":\"31/02/2021\"}").errors())
                .extracting(LineError::field).containsExactly("usedAt");
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\",\"usedAt\":\"2031-01-01\"}").errors().get(0).reason())
                .contains("tương lai");
        assertThat(parse("{\"externalId\":12,\"question\":\"q\"}").errors()).extracting(LineError::field)
                .containsExactly("externalId");
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"q\",\"rejected\":\"yes\"}").errors())
                .extracting(LineError::field).containsExactly("rejected");
        assertThat(parse("{\"externalId\":\"A\",\"question\":\"" + "x".repeat(1001) + "\"}").errors())
                .extracting(LineError::field).containsExactly("question");
    }

    @Test
    void theSameUseHasTheSameIdHoweverItsWordsAreAccentedOrSpaced() {
        Instant at = Instant.parse("2021-09-12T01:00:00Z");
        String a = UsageKeys.imported("LR-04", UsageKeys.folded("Thịt heo  bao nhiêu một ký"), at);
        assertThat(UsageKeys.imported("LR-04", UsageKeys.folded(" thit heo bao nhieu mot ky "), at)).isEqualTo(a);
        assertThat(UsageKeys.imported("LR-04", UsageKeys.folded("thit heo bao nhieu mot ky"), null)).isNotEqualTo(a);
        assertThat(UsageKeys.imported("LR-05", UsageKeys.folded("thit heo bao nhieu mot ky"), at)).isNotEqualTo(a);
        assertThat(UsageKeys.folded("Đăng  ký\tMŨI BA?")).isEqualTo("dang ky mui ba");
        assertThat(UsageKeys.imported("LR-04", UsageKeys.folded("Thịt heo bao nhiêu một ký?"), at)).isEqualTo(a);
    }
}
