package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * The EM iterations of {@link Model1}: translation probabilities t(q | w), a row per answer word (and NULL). Each
 * sentence pair first looks up where its (answer word, question word) meetings sit in the table, one answer word's
 * row at a time with the question words ascending, so each search starts where the last one ended; then the
 * expectation runs over that small matrix. Every word of every answer takes part, so this is the build's hot loop.
 */
final class ExpectationMaximisation {

    private ExpectationMaximisation() {
    }

    /** @param qs question words (ids ascending) and counts per sentence pair; {@code as} the answer side */
    static float[] translations(CoOccurrences table, int[][][] qs, int[][][] as, int iterations) {
        int nullRow = table.row(CoOccurrences.NULL);
        float[] t = new float[table.size()];
        Arrays.fill(t, 1f);
        float[] counts = new float[table.size()];
        int[] slots = new int[1024];
        int[] nullSlots = new int[64];
        double[] denominators = new double[64];
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(counts, 0f);
            for (int p = 0; p < qs.length; p++) {
                int[] qIds = qs[p][0];
                int[] qTf = qs[p][1];
                int[] wIds = as[p][0];
                int[] wTf = as[p][1];
                int m = qIds.length;
                int n = wIds.length;
                if (slots.length < m * n) {
                    slots = new int[Math.max(m * n, slots.length * 2)];
                }
                if (nullSlots.length < m) {
                    nullSlots = new int[m * 2];
                    denominators = new double[m * 2];
                }
                locate(table, qIds, wIds, slots);
                Arrays.fill(denominators, 0, m, 0);
                for (int j = 0, k = 0; j < n; j++) {
                    for (int i = 0; i < m; i++, k++) {
                        if (slots[k] >= 0) {
                            denominators[i] += wTf[j] * t[slots[k]];
                        }
                    }
                }
                for (int i = 0; i < m; i++) {
                    nullSlots[i] = table.find(nullRow, qIds[i]);
                    // from here on: the scale of question word i's share
                    denominators[i] = qTf[i] / (denominators[i] + t[nullSlots[i]]);
                    counts[nullSlots[i]] += (float) (denominators[i] * t[nullSlots[i]]);
                }
                for (int j = 0, k = 0; j < n; j++) {
                    for (int i = 0; i < m; i++, k++) {
                        if (slots[k] >= 0) {
                            counts[slots[k]] += (float) (denominators[i] * wTf[j] * t[slots[k]]);
                        }
                    }
                }
            }
            for (int row = 0; row < table.sourceOfRow.length; row++) {
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

    /** {@code slots[j * m + i]}: the table's index of (answer word j, question word i), -1 when not kept. */
    private static void locate(CoOccurrences table, int[] qIds, int[] wIds, int[] slots) {
        int m = qIds.length;
        for (int j = 0, k = 0; j < wIds.length; j++) {
            int row = table.row(wIds[j]);
            if (row < 0) {
                Arrays.fill(slots, k, k + m, -1);
                k += m;
                continue;
            }
            int from = table.rowStart[row];
            int to = table.rowStart[row + 1];
            for (int i = 0; i < m; i++, k++) {
                if (i > 0 && qIds[i] <= qIds[i - 1]) {
                    from = table.rowStart[row];   // not ascending after all: search the whole row again
                }
                int at = Arrays.binarySearch(table.targets, from, to, qIds[i]);
                slots[k] = at;
                from = at >= 0 ? at + 1 : -at - 1;
                if (at < 0) {
                    slots[k] = -1;
                }
            }
        }
    }
}
