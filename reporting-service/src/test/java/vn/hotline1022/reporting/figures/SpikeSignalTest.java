package vn.hotline1022.reporting.figures;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpikeSignalTest {

    @Test
    void ratioAgainstTheSevenDayMeanOfTheSameHour() {
        SpikeSignal s = SpikeSignal.of(30, List.of(10L, 8L, 12L, 10L, 9L, 11L, 10L));
        assertThat(s.baseline()).isEqualTo(10.0);
        assertThat(s.ratio()).isEqualTo(3.0);
        assertThat(s.isSpike(3, 10)).isTrue();
    }

    @Test
    void missingDaysCountAsZeroCalls() {
        SpikeSignal s = SpikeSignal.of(14, List.of(7L, 7L));
        assertThat(s.baseline()).isEqualTo(2.0);
        assertThat(s.ratio()).isEqualTo(7.0);
    }

    @Test
    void quietTopicIsMeasuredAgainstOneCallAndNeedsAMinimumVolume() {
        SpikeSignal s = SpikeSignal.of(4, List.of());
        assertThat(s.ratio()).isEqualTo(4.0);
        assertThat(s.isSpike(3, 10)).isFalse();
        assertThat(SpikeSignal.of(0, List.of(5L, 5L, 5L, 5L, 5L, 5L, 5L)).ratio()).isZero();
    }

    @Test
    void baselineWindowsAreTheSameHourOnEachOfTheSevenPreviousDays() {
        Instant now = Instant.parse("2025-06-09T03:30:00Z");
        List<Instant[]> windows = SpikeSignal.baselineWindows(now);
        assertThat(windows).hasSize(7);
        assertThat(windows.get(0)).containsExactly(Instant.parse("2025-06-08T02:30:00Z"), Instant.parse("2025-06-08T03:30:00Z"));
        assertThat(windows.get(6)).containsExactly(Instant.parse("2025-06-02T02:30:00Z"), Instant.parse("2025-06-02T03:30:00Z"));
    }
}
