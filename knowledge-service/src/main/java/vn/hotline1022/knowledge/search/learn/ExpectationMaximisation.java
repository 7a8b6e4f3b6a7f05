package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * The EM iterations of {@link Model1}: translation probabilities t(q | w), normalised per answer word (and NULL).
 * Each sentence pair first looks up where its (answer word, question word) meetings sit in the table, one question
 * word's column at a time with the answer words ascending, so each search starts where the last one ended; then the
 * expectation runs over that small matrix. Every word of every answer takes part, so this is the build's hot loop.
 */
final class ExpectationMaximisation {

    private ExpectationMaximisation() {
    }

    /** @param qs question words (ids ascending) and counts per sentence pair; {@code as} the answer side */
    static float[] translations(CoOccurrences table, int[][][] qs, int[][][] as, int iterations) {
        float[] t = new float[table.size()];
        Arrays.fill(t, 1f);
        float[] counts = new float[table.size()];
        int sourceWords = 0;
        for (int source : table.sources) {
            sourceWords = Math.max(sourceWords, source + 2);
        }
        double[] totals = new double[sourceWords];   // per source + 1
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
                locate(table, qIds, wIds, slots, nullSlots);
                Arrays.fill(denominators, 0, m, 0);
                for (int j = 0, k = 0; j < n; j++) {
                    for (int i = 0; i < m; i++, k++) {
                        if (slots[k] >= 0) {
                            denominators[i] += wTf[j] * t[slots[k]];
                        }
                    }
                }
                for (int i = 0; i < m; i++) {
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
            // each source's translations sum to one; a source's slots are met in ascending question word order
            Arrays.fill(totals, 0);
            for (int s = 0; s < counts.length; s++) {
                totals[table.sources[s] + 1] += counts[s];
            }
            for (int s = 0; s < counts.length; s++) {
                double total = totals[table.sources[s] + 1];
                t[s] = total > 0 ? (float) (counts[s] / total) : 0f;
            }
        }
        return t;
    }

    /**
     * {@code slots[j * m + i]}: the table's index of (answer word j, question word i), -1 when not kept; {@code
     * nullSlots[i]}: NULL's. One forward walk of each question word's column alongside the answer's ascending words.
     */
    private static void locate(CoOccurrences table, int[] qIds, int[] wIds, int[] slots, int[] nullSlots) {
        int m = qIds.length;
        int[] sources = table.sources;
        for (int i = 0; i < m; i++) {
            int column = table.column(qIds[i]);
            int from = table.columnStart[column];
            int to = table.columnStart[column + 1];
            nullSlots[i] = from++;
            for (int j = 0, k = i; j < wIds.length; j++, k += m) {
                from = CoOccurrences.seek(sources, from, to, wIds[j]);
                if (from < to && sources[from] == wIds[j]) {
                    slots[k] = from++;
                } else {
                    slots[k] = -1;
                }
            }
        }
    }
}
