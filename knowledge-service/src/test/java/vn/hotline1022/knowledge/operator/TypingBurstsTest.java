package vn.hotline1022.knowledge.operator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TypingBurstsTest {

    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");
    private final TypingBursts bursts = new TypingBursts(Duration.ofSeconds(20));

    private static TypingBursts.Miss miss(String folded, String operator, int second) {
        return new TypingBursts.Miss(folded, folded, null, null, operator, T0.plusSeconds(second));
    }

    @Test
    void aGrowingQueryIsOneMissRecordedOnceTypingSettles() {
        assertThat(bursts.missed(miss("tiem", "op1", 0))).isEmpty();
        assertThat(bursts.missed(miss("tiem vac", "op1", 1))).isEmpty();
        assertThat(bursts.missed(miss("tiem vac xin o ham tan", "op1", 2))).isEmpty();
        assertThat(bursts.settled(T0.plusSeconds(21))).isEmpty();
        assertThat(bursts.settled(T0.plusSeconds(22))).extracting(TypingBursts.Miss::query)
                .containsExactly("tiem vac xin o ham tan");
        assertThat(bursts.settled(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void aDifferentQuestionMakesThePreviousMissFinalAtOnce() {
        bursts.missed(miss("gia xang", "op1", 0));
        assertThat(bursts.missed(miss("giay di duong", "op1", 5))).extracting(TypingBursts.Miss::query)
                .containsExactly("gia xang");
    }

    @Test
    void aGoodHitLaterInTheBurstCancelsTheMiss() {
        bursts.missed(miss("tiem vac", "op1", 0));
        bursts.answered("op1", "tiem vac xin", T0.plusSeconds(1));
        assertThat(bursts.settled(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void operatorsDoNotShareBurstsAndAStaleMissIsNotExtended() {
        bursts.missed(miss("cach ly", "op1", 0));
        assertThat(bursts.missed(miss("cach ly tai nha", "op2", 1))).isEmpty();
        assertThat(bursts.missed(miss("cach ly f1", "op1", 30))).extracting(TypingBursts.Miss::query)
                .containsExactly("cach ly");
        assertThat(bursts.settled(T0.plusSeconds(100))).extracting(TypingBursts.Miss::operator)
                .containsExactlyInAnyOrder("op1", "op2");
    }
}
