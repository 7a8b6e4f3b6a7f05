package vn.hotline1022.routing.transfer.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CoolDownPolicyTest {

    private static final Instant T0 = Instant.parse("2021-08-27T02:00:00Z");
    private final CoolDownPolicy policy = new CoolDownPolicy(3, Duration.ofMinutes(10));

    @ParameterizedTest(name = "{0} → cooling={1}, run={2}")
    @CsvSource(delimiter = '|', textBlock = """
            BUSY                                  | false | 1
            BUSY BUSY                             | false | 2
            BUSY BUSY BUSY                        | true  | 0
            NO_ANSWER UNREACHABLE BUSY            | true  | 0
            BUSY BUSY CONNECTED                   | false | 0
            BUSY CONNECTED BUSY BUSY              | false | 2
            WRONG_UNIT WRONG_UNIT WRONG_UNIT      | false | 0
            BUSY WRONG_UNIT BUSY                  | false | 2
            BUSY BUSY BUSY BUSY                   | true  | 1
            """)
    void consecutiveLineFailuresCoolANumberDown(String outcomes, boolean cooling, int run) {
        NumberHealth h = NumberHealth.fresh("0913680916", "SO_GTVT");
        Instant t = T0;
        for (String o : outcomes.split(" ")) {
            t = t.plusSeconds(30);
            h = policy.after(h, AttemptOutcome.valueOf(o), t);
        }
        assertThat(h.isCooling(t)).isEqualTo(cooling);
        assertThat(h.consecutiveFailures()).isEqualTo(run);
        assertThat(h.lastUsedAt()).isEqualTo(t);
    }

    @ParameterizedTest(name = "{0} minutes after the third failure → cooling={1}")
    @CsvSource({"0,true", "9,true", "10,false", "11,false"})
    void coolingLastsTheConfiguredMinutes(long minutes, boolean cooling) {
        NumberHealth h = NumberHealth.fresh("0913680916", "SO_GTVT");
        for (int i = 0; i < 3; i++) {
            h = policy.after(h, AttemptOutcome.NO_ANSWER, T0);
        }
        assertThat(h.isCooling(T0.plus(Duration.ofMinutes(minutes)))).isEqualTo(cooling);
    }
}
