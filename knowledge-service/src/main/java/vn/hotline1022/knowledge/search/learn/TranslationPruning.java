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
        List<Integer> targetOrder = new ArrayList<>();
        for (int c = 0; c < table.targetOfColumn.length; c++) {
            for (int s = table.columnStart[c]; s < table.columnStart[c + 1]; s++) {
                if (kept[s]) {
                    targetOrder.add(c);
                    break;
                }
            }
        }
        targetOrder.sort((a, b) -> docs.terms().word(table.targetOfColumn[a])
                .compareTo(docs.terms().word(table.targetOfColumn[b])));
        String[] targets = new String[targetOrder.size()];
        int[] start = new int[targets.length + 1];
        int total = 0;
        for (int column : targetOrder) {
            int n = 0;
            for (int s = table.columnStart[column]; s < table.columnStart[column + 1]; s++) {
                n += kept[s] ? 1 : 0;
            }
            total += Math.min(n, options.maxPerTarget());
        }
        int[] sources = new int[total];
        float[] probabilities = new float[total];
        int[] sourceIndex = new int[docs.terms().size()];
        Arrays.fill(sourceIndex, -1);
        List<String> sourceWords = new ArrayList<>();
        int[] slots = new int[64];
        int n = 0;
        for (int i = 0; i < targets.length; i++) {
            int column = targetOrder.get(i);
            targets[i] = docs.terms().word(table.targetOfColumn[column]);
            int count = 0;
            for (int s = table.columnStart[column]; s < table.columnStart[column + 1]; s++) {
                if (kept[s]) {
                    if (count == slots.length) {
                        slots = Arrays.copyOf(slots, count * 2);
                    }
                    slots[count++] = s;   // answer words ascending, as the column holds them
                }
            }
            if (count > options.maxPerTarget()) {
                // a caller's common word ("co", "khong") is translated by thousands of answer words: every query
                // holding it would walk them all on every candidate
                strongestFirst(slots, 0, count, t);
                Arrays.sort(slots, 0, options.maxPerTarget());   // back to the table's order
                count = options.maxPerTarget();
            }
            for (int k = 0; k < count; k++) {
                int s = slots[k];
                int source = table.sources[s];
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

    /**
     * Per answer word (not NULL), its translations at or above the floor, the {@code maxPerSource} strongest. The
     * table is laid out by question word, so its slots are first grouped by answer word (question words ascending
     * within each, as the slots' own order).
     */
    private static boolean[] strongestPerSource(CoOccurrences table, float[] t, Model1.Options options) {
        int[] slotStart = new int[maxSource(table) + 2];
        for (int s = 0; s < table.size(); s++) {
            if (table.sources[s] != NULL) {
                slotStart[table.sources[s] + 1]++;
            }
        }
        for (int w = 1; w < slotStart.length; w++) {
            slotStart[w] += slotStart[w - 1];
        }
        int[] bySource = new int[slotStart[slotStart.length - 1]];
        int[] fill = Arrays.copyOf(slotStart, slotStart.length - 1);
        for (int s = 0; s < table.size(); s++) {
            if (table.sources[s] != NULL) {
                bySource[fill[table.sources[s]]++] = s;
            }
        }
        boolean[] kept = new boolean[table.size()];
        int[] row = new int[64];
        for (int w = 0; w + 1 < slotStart.length; w++) {
            int n = 0;
            for (int k = slotStart[w]; k < slotStart[w + 1]; k++) {
                int s = bySource[k];
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

    private static int maxSource(CoOccurrences table) {
        int max = -1;
        for (int source : table.sources) {
            max = Math.max(max, source);
        }
        return max;
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
