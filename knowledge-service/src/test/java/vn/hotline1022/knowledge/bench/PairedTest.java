package vn.hotline1022.knowledge.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairedTest {

    @Test
    void aDifferenceOnEveryQueryHasATightInterval() {
        int[] base = new int[100];
        int[] better = new int[100];
        java.util.Arrays.fill(base, -1);
        java.util.Arrays.fill(better, 1);
        assertThat(Paired.compare(base, better))
                .isEqualTo("recall@5 +1.000 (95% CI +1.000 … +1.000), MRR@10 +1.000 (95% CI +1.000 … +1.000)");
    }

    @Test
    void aFewWinsOutOfManyQueriesSpanZeroOrNearIt() {
        int[] base = new int[200];
        int[] other = new int[200];
        java.util.Arrays.fill(base, 7);
        java.util.Arrays.fill(other, 7);
        other[0] = 1;
        other[1] = 2;
        String report = Paired.compare(base, other);
        assertThat(report).startsWith("recall@5 +0.010 (95% CI +0.000 … +0.025)");
    }

    @Test
    void refusesDifferentQuerySets() {
        assertThatThrownBy(() -> Paired.compare(new int[3], new int[4])).isInstanceOf(IllegalArgumentException.class);
    }
}
