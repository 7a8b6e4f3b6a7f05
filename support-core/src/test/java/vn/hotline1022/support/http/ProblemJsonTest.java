package vn.hotline1022.support.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemJsonTest {

    @Test
    void aFieldProblemNamesTheFieldWithItsCode() {
        assertThat(ProblemJson.of(400, "Bad Request", "malformed-encoding", "Sai mã hoá", "page")).isEqualTo(
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"code\":\"malformed-encoding\","
                        + "\"detail\":\"Sai mã hoá\",\"errors\":[{\"field\":\"page\",\"code\":\"malformed-encoding\","
                        + "\"message\":\"Sai mã hoá\"}]}");
    }

    @Test
    void withoutACodeTheBodyKeepsTheGatewaysShape() {
        assertThat(ProblemJson.of(429, "Too Many Requests", null, "wait 3 s", null)).isEqualTo(
                "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"wait 3 s\"}");
    }

    @Test
    void textIsEscapedSoNoBodyBreaksOrReadsAsMarkup() {
        assertThat(ProblemJson.of(400, null, "x", "a \"b\"\n<script>\\", null))
                .contains("\"title\":\"400\"")
                .contains("\"detail\":\"a \\\"b\\\"\\n\\u003cscript\\u003e\\\\\"");
    }
}
