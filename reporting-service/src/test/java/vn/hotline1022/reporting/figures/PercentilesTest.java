package vn.hotline1022.reporting.figures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PercentilesTest {

    @Test
    void p90IsTheNearestRank() {
        assertThat(Percentiles.nearestRank(List.of(100, 200, 300, 400, 1000), 90)).isEqualTo(1000);
        assertThat(Percentiles.nearestRank(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(9);
        assertThat(Percentiles.nearestRank(List.of(10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 11), 90)).isEqualTo(10);
        assertThat(Percentiles.nearestRank(List.of(42), 90)).isEqualTo(42);
    }

    @Test
    void emptyInputGivesZeroAndBadPercentileIsRejected() {
        assertThat(Percentiles.nearestRank(List.of(), 90)).isZero();
        assertThat(Percentiles.mean(List.of())).isZero();
        assertThat(Percentiles.ratio(3, 0)).isZero();
        assertThatThrownBy(() -> Percentiles.nearestRank(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meanAndRatio() {
        assertThat(Percentiles.mean(List.of(100, 200, 300, 400, 1000))).isEqualTo(400);
        assertThat(Percentiles.ratio(3, 5)).isEqualTo(0.6);
    }
}
