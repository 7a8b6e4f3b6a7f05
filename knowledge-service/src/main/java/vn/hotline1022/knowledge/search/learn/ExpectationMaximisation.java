package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * The EM iterations of {@link Model1}: translation probabilities t(q | w), normalised per answer word (and NULL).
 * Each sentence pair first looks up where its (answer word, question word) meetings sit in the table, one question
 * word's column at a time with the answer words ascending, so each search starts where the last one ended; then the
 * expectation runs over that small matrix. Every word of every answer takes part, so this is the build's hot loop.
 */
final class ExpectationMaximisation {

    /** A column up to this many times the answer's length is read through rather than searched. */
    static final int SCAN = 8;
    /**
     * The longest columns (a common question word's: "có", "không", "tiêm") each get a direct map from answer word to
     * slot while EM runs, up to {@link #DIRECT_BYTES}: there a sentence pair's meetings are read in one step per
     * answer word instead of a galloping search, which was most of EM's time (about 0.3 MB per column at 77k words).
     */
    static final int DIRECT_MIN = 1024;
    static final long DIRECT_BYTES = 24L << 20;

    private ExpectationMaximisation() {
    }

    private static int maxAnswerWord(int[][][] as) {
        int max = 0;
        for (int[][] a : as) {
            if (a[0].length > 0) {
                max = Math.max(max, a[0][a[0].length - 1]);
            }
        }
        return max;
    }

    /** @param qs question words (ids ascending) and counts per sentence pair; {@code as} the answer side */
    static float[] translations(CoOccurrences table, int[][][] qs, int[][][] as, int iterations) {
        return translations(table, qs, as, iterations, DIRECT_MIN, DIRECT_BYTES);
    }

    static float[] translations(CoOccurrences table, int[][][] qs, int[][][] as, int iterations, int directMin,
                                long directBytes) {
        float[] t = new float[table.size()];
        Arrays.fill(t, 1f);
        float[] counts = new float[table.size()];
        int sourceWords = 0;
        for (int source : table.sources) {
            sourceWords = Math.max(sourceWords, source + 2);
        }
        double[] totals = new double[sourceWords];   // per source + 1
        int[] positions = new int[Math.max(sourceWords, maxAnswerWord(as) + 1)];
        DirectColumns direct = DirectColumns.of(table, maxAnswerWord(as) + 1, directMin, directBytes);
        int[] slots = new int[1024];
        float[] local = new float[1024];   // t of the sentence pair's meetings, gathered once for both passes
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
                    local = new float[slots.length];
                }
                if (nullSlots.length < m) {
                    nullSlots = new int[m * 2];
                    denominators = new double[m * 2];
                }
                locate(table, direct, qIds, wIds, slots, nullSlots, positions);
                for (int k = 0; k < m * n; k++) {
                    local[k] = slots[k] >= 0 ? t[slots[k]] : 0f;
                }
                Arrays.fill(denominators, 0, m, 0);
                for (int j = 0, k = 0; j < n; j++) {
                    for (int i = 0; i < m; i++, k++) {
                        denominators[i] += wTf[j] * local[k];   // a pair not kept adds 0
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
                            counts[slots[k]] += (float) (denominators[i] * wTf[j] * local[k]);
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
     * nullSlots[i]}: NULL's. Per question word, whichever is shorter: its column is read through once, each answer
     * word found by {@code positions} (the answer's words marked, 1-based), or, for a column far longer than the
     * answer (a common word's), one forward walk of the column alongside the answer's ascending words.
     */
    private static void locate(CoOccurrences table, DirectColumns direct, int[] qIds, int[] wIds, int[] slots,
                               int[] nullSlots, int[] positions) {
        int m = qIds.length;
        int n = wIds.length;
        int[] sources = table.sources;
        Arrays.fill(slots, 0, m * n, -1);
        for (int j = 0; j < n; j++) {
            positions[wIds[j]] = j + 1;
        }
        for (int i = 0; i < m; i++) {
            int column = table.column(qIds[i]);
            int from = table.columnStart[column];
            int to = table.columnStart[column + 1];
            nullSlots[i] = from++;
            int base = direct.base(column);
            if (base >= 0) {
                for (int j = 0, k = i; j < n; j++, k += m) {
                    slots[k] = direct.slots[base + wIds[j]] - 1;
                }
                continue;
            }
            if (to - from <= SCAN * n) {
                for (int s = from; s < to; s++) {
                    int j = positions[sources[s]] - 1;
                    if (j >= 0) {
                        slots[j * m + i] = s;
                    }
                }
                continue;
            }
            for (int j = 0, k = i; j < n && from < to; j++, k += m) {
                from = CoOccurrences.seek(sources, from, to, wIds[j]);
                if (from < to && sources[from] == wIds[j]) {
                    slots[k] = from++;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            positions[wIds[j]] = 0;
        }
    }
}
