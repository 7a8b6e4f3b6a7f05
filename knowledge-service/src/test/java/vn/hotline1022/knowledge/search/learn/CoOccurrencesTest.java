package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CoOccurrencesTest {

    // three sentence pairs: question words (ids, counts) and answer words (ids ascending, counts)
    private static final int[][][] QUESTIONS = {
            {{7, 3}, {1, 1}}, {{3, 8, 7}, {1, 2, 1}}, {{7}, {1}}};
    private static final int[][][] ANSWERS = {
            {{0, 2, 5}, {1, 1, 2}}, {{2, 4, 5, 6}, {1, 1, 1, 1}}, {{0, 2}, {3, 1}}};

    @Test
    void everyMeetingIsKeptOnceAndNullMeetsEveryQuestionWord() {
        CoOccurrences table = CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1);

        // question word 7 is in all three pairs: it met 0, 2, 4, 5 and 6
        int column = table.column(7);
        for (int w : new int[] {0, 2, 4, 5, 6}) {
            assertThat(table.find(column, w)).as("7 met " + w).isNotNegative();
        }
        assertThat(table.columnStart[column + 1] - table.columnStart[column]).isEqualTo(1 + 5);
        assertThat(table.find(table.column(8), 0)).isNegative();   // 0 and 8 never met
        for (int q : new int[] {3, 7, 8}) {
            assertThat(table.find(table.column(q), CoOccurrences.NULL)).isNotNegative();
        }
        assertThat(table.column(1)).isNegative();                   // no question holds 1
        assertThat(table.size()).isEqualTo((1 + 5) + (1 + 5) + (1 + 4));   // columns 3, 7, 8
    }

    @Test
    void theTableHoldsExactlyThePairsMetOftenEnough() {
        int words = 60;
        RandomLog log = RandomLog.of(15, words, 300, 6, 20);
        int[][][] questions = log.questions();
        int[][][] answers = log.answers();
        for (int together : new int[] {1, 2, 3}) {
            TreeMap<Long, Integer> met = new TreeMap<>();
            for (int p = 0; p < questions.length; p++) {
                for (int q : questions[p][0]) {
                    met.merge((long) q << 32, together, Math::max);   // NULL always
                    for (int w : answers[p][0]) {
                        met.merge(((long) q << 32) | (w + 1), 1, Integer::sum);
                    }
                }
            }
            long expected = met.values().stream().filter(n -> n >= together).count();

            CoOccurrences table = CoOccurrences.of(questions, answers, words, together);

            assertThat(table.size()).as("together " + together).isEqualTo(expected);
            for (var e : met.entrySet()) {
                int q = (int) (e.getKey() >>> 32);
                int w = (int) (e.getKey() & 0xffffffffL) - 1;
                assertThat(table.find(table.column(q), w) >= 0).as(q + "<-" + w).isEqualTo(e.getValue() >= together);
            }
        }
    }

    @Test
    void aTableBeyondItsBoundIsNotBuilt() {
        assertThat(CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1, 16)).isNull();   // it holds 17 pairs
        assertThat(CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1, 17).size()).isEqualTo(17);
    }

    @Test
    void seekingForwardFindsWhatALinearScanFinds() {
        Random random = new Random(1022);
        for (int round = 0; round < 200; round++) {
            int[] sorted = random.ints(random.nextInt(50), 0, 100).sorted().toArray();
            int from = sorted.length == 0 ? 0 : random.nextInt(sorted.length);
            int key = random.nextInt(110) - 5;
            int expected = from;
            while (expected < sorted.length && sorted[expected] < key) {
                expected++;
            }

            assertThat(CoOccurrences.seek(sorted, from, sorted.length, key)).as(Arrays.toString(sorted) + " " + key)
                    .isEqualTo(expected);
        }
    }
}
