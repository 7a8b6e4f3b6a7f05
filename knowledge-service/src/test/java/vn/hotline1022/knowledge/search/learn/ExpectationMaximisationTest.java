package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpectationMaximisationTest {

    @Test
    void theTablesEmLearnsWhatTheTextbookModelOneLearns() {
        int words = 40;
        RandomLog log = RandomLog.of(7, words, 200, 5, 15);
        int[][][] questions = log.questions();
        int[][][] answers = log.answers();
        CoOccurrences table = CoOccurrences.of(questions, answers, words, 1);

        float[] t = ExpectationMaximisation.translations(table, questions, answers, 4);

        Map<Long, Double> expected = textbook(questions, answers, 4);
        assertThat(expected).hasSize(table.size());
        for (var e : expected.entrySet()) {
            int q = (int) (e.getKey() >>> 32);
            int w = (int) (e.getKey() & 0xffffffffL) - 1;
            int slot = table.find(table.column(q), w);
            assertThat(slot).isNotNegative();
            assertThat((double) t[slot]).as(q + "<-" + w).isCloseTo(e.getValue(), within(1e-5));
        }
    }

    @Test
    void directMapsOfTheLongestColumnsFindTheSameMeetingsAsTheColumnWalk() {
        int words = 300;
        RandomLog log = RandomLog.of(11, words, 400, 12, 60);   // answers long and short: columns read, searched, mapped
        CoOccurrences table = CoOccurrences.of(log.questions(), log.answers(), words, 1);

        float[] walked = ExpectationMaximisation.translations(table, log.questions(), log.answers(), 3,
                Integer.MAX_VALUE, 0);
        float[] allMapped = ExpectationMaximisation.translations(table, log.questions(), log.answers(), 3, 1,
                Long.MAX_VALUE);
        float[] fiveMapped = ExpectationMaximisation.translations(table, log.questions(), log.answers(), 3, 1,
                5 * 4L * words);

        assertThat(allMapped).containsExactly(walked);
        assertThat(fiveMapped).containsExactly(walked);
    }

    /**
     * IBM Model 1 as Brown et al. write it, in maps and doubles: each question word's occurrences (count times) shared
     * among the answer's words (count times) and NULL by t(q | w), then t renormalised per answer word.
     */
    private static Map<Long, Double> textbook(int[][][] questions, int[][][] answers, int iterations) {
        Map<Long, Double> t = new HashMap<>();
        for (int p = 0; p < questions.length; p++) {
            for (int q : questions[p][0]) {
                t.put(key(q, -1), 1.0);
                for (int w : answers[p][0]) {
                    t.put(key(q, w), 1.0);
                }
            }
        }
        for (int iteration = 0; iteration < iterations; iteration++) {
            Map<Long, Double> counts = new HashMap<>();
            for (int p = 0; p < questions.length; p++) {
                int[] as = answers[p][0];
                for (int i = 0; i < questions[p][0].length; i++) {
                    int q = questions[p][0][i];
                    double sum = t.get(key(q, -1));
                    for (int j = 0; j < as.length; j++) {
                        sum += answers[p][1][j] * t.get(key(q, as[j]));
                    }
                    double share = questions[p][1][i] / sum;
                    counts.merge(key(q, -1), share * t.get(key(q, -1)), Double::sum);
                    for (int j = 0; j < as.length; j++) {
                        counts.merge(key(q, as[j]), share * answers[p][1][j] * t.get(key(q, as[j])), Double::sum);
                    }
                }
            }
            Map<Integer, Double> totals = new HashMap<>();
            counts.forEach((k, c) -> totals.merge((int) (k & 0xffffffffL), c, Double::sum));
            counts.forEach((k, c) -> t.put(k, c / totals.get((int) (k & 0xffffffffL))));
        }
        return t;
    }

    private static long key(int question, int answer) {
        return ((long) question << 32) | (answer + 1);
    }
}
