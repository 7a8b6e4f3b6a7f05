package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/** The EM iterations of {@link Model1}: translation probabilities t(q | w), a row per answer word (and NULL). */
final class ExpectationMaximisation {

    private ExpectationMaximisation() {
    }

    /** @param qs question words and counts per sentence pair; {@code as} the answer side */
    static float[] translations(CoOccurrences table, int[][][] qs, int[][][] as, int iterations) {
        int nullRow = table.row(CoOccurrences.NULL);
        float[] t = new float[table.size()];
        Arrays.fill(t, 1f);
        float[] counts = new float[table.size()];
        double[] totals = new double[table.sourceOfRow.length];
        int[] slots = new int[1024];
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(counts, 0f);
            for (int p = 0; p < qs.length; p++) {
                int[] qIds = qs[p][0];
                int[] qTf = qs[p][1];
                int[] wIds = as[p][0];
                int[] wTf = as[p][1];
                if (slots.length < wIds.length + 1) {
                    slots = new int[wIds.length * 2 + 1];
                }
                for (int i = 0; i < qIds.length; i++) {
                    double denominator = 0;
                    for (int j = 0; j < wIds.length; j++) {
                        slots[j] = table.find(table.row(wIds[j]), qIds[i]);
                        denominator += slots[j] < 0 ? 0 : wTf[j] * t[slots[j]];
                    }
                    int nullSlot = table.find(nullRow, qIds[i]);
                    denominator += t[nullSlot];
                    double scale = qTf[i] / denominator;
                    for (int j = 0; j < wIds.length; j++) {
                        if (slots[j] >= 0) {
                            counts[slots[j]] += (float) (scale * wTf[j] * t[slots[j]]);
                        }
                    }
                    counts[nullSlot] += (float) (scale * t[nullSlot]);
                }
            }
            for (int row = 0; row < totals.length; row++) {
                double total = 0;
                for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                    total += counts[s];
                }
                for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                    t[s] = total > 0 ? (float) (counts[s] / total) : 0f;
                }
            }
        }
        return t;
    }
}
