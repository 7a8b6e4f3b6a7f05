package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * From {@link Model1}'s table to the sparse model the reranker reads. Primitive arrays only: with every answer word
 * learned the table holds millions of pairs, and boxed lists of them would take more heap than the table itself.
 */
final class TranslationPruning {

    private static final int NULL = CoOccurrences.NULL;

    private TranslationPruning() {
    }

    /** Keeps per answer word its strongest translations above the floor, then lays them out per question word. */
    static TranslationModel prune(CoOccurrences table, float[] t, DocTerms docs, Model1.Options options, Blend blend) {
        boolean[] kept = strongestPerSource(table, t, options);
        int words = 0;
        for (int target : table.targets) {
            words = Math.max(words, target + 1);
        }
        int[] perTarget = new int[words + 1];
        for (int s = 0; s < kept.length; s++) {
            if (kept[s]) {
                perTarget[table.targets[s] + 1]++;
            }
        }
        for (int w = 0; w < words; w++) {
            perTarget[w + 1] += perTarget[w];
        }
        // slots grouped by question word, in the table's order (by answer word) within each
        int[] byTarget = new int[perTarget[words]];
        int[] fill = Arrays.copyOf(perTarget, words);
        for (int s = 0; s < kept.length; s++) {
            if (kept[s]) {
                byTarget[fill[table.targets[s]]++] = s;
            }
        }
        List<Integer> targetOrder = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            if (perTarget[w + 1] > perTarget[w]) {
                targetOrder.add(w);
            }
        }
        targetOrder.sort((a, b) -> docs.terms().word(a).compareTo(docs.terms().word(b)));
        String[] targets = new String[targetOrder.size()];
        int[] start = new int[targets.length + 1];
        int total = 0;
        for (int target : targetOrder) {
            total += Math.min(perTarget[target + 1] - perTarget[target], options.maxPerTarget());
        }
        int[] sources = new int[total];
        float[] probabilities = new float[total];
        int[] sourceIndex = new int[docs.terms().size()];
        Arrays.fill(sourceIndex, -1);
        List<String> sourceWords = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < targets.length; i++) {
            int target = targetOrder.get(i);
            targets[i] = docs.terms().word(target);
            int from = perTarget[target];
            int to = perTarget[target + 1];
            if (to - from > options.maxPerTarget()) {
                // a caller's common word ("co", "khong") is translated by thousands of answer words: every query
                // holding it would walk them all on every candidate
                strongestFirst(byTarget, from, to, t);
                Arrays.sort(byTarget, from, from + options.maxPerTarget());   // back to the table's order
                to = from + options.maxPerTarget();
            }
            for (int k = from; k < to; k++) {
                int s = byTarget[k];
                int source = sourceOf(table, s);
                if (sourceIndex[source] < 0) {
                    sourceIndex[source] = sourceWords.size();
                    sourceWords.add(docs.terms().word(source));
                }
                sources[n] = sourceIndex[source];
                probabilities[n++] = t[s];
            }
            start[i + 1] = n;
        }
        return new TranslationModel(sourceWords.toArray(String[]::new), targets, start, sources, probabilities, blend);
    }

    private static int sourceOf(CoOccurrences table, int slot) {
        // rows are never empty, so their starts rise strictly: the slot's row is the last one starting at or before it
        int row = Arrays.binarySearch(table.rowStart, 0, table.sourceOfRow.length, slot);
        return table.sourceOfRow[row >= 0 ? row : -row - 2];
    }

    /** Per answer word (not NULL), its translations at or above the floor, the {@code maxPerSource} strongest. */
    private static boolean[] strongestPerSource(CoOccurrences table, float[] t, Model1.Options options) {
        boolean[] kept = new boolean[table.size()];
        int[] row = new int[64];
        for (int r = 0; r < table.sourceOfRow.length; r++) {
            if (table.sourceOfRow[r] == NULL) {
                continue;
            }
            int n = 0;
            for (int s = table.rowStart[r]; s < table.rowStart[r + 1]; s++) {
                if (t[s] >= options.minProbability()) {
                    if (n == row.length) {
                        row = Arrays.copyOf(row, n * 2);
                    }
                    row[n++] = s;
                }
            }
            if (n > options.maxPerSource()) {
                strongestFirst(row, 0, n, t);
                n = options.maxPerSource();
            }
            for (int i = 0; i < n; i++) {
                kept[row[i]] = true;
            }
        }
        return kept;
    }

    /** Sorts slots [from, to) by probability, strongest first, ties by slot (a stable order for equal weights). */
    private static void strongestFirst(int[] slots, int from, int to, float[] t) {
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            // probabilities are non-negative, so their bit patterns order as they do
            keys[i - from] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(t[slots[i]])) << 32) | slots[i];
        }
        Arrays.sort(keys);
        for (int i = from; i < to; i++) {
            slots[i] = (int) keys[i - from];
        }
    }
}
