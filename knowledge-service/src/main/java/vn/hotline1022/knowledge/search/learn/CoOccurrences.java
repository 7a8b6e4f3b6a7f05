package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * The (answer word, question word) pairs EM may move probability between, as compressed columns: per question word
 * NULL first, then the answer words it met in at least {@code minTogether} sentence pairs, ascending. Laid out by
 * question word because a question has a dozen words and an answer hundreds: EM finds a sentence pair's meetings by
 * walking each question word's column once alongside the answer's sorted words, a forward search that stays in a few
 * cache lines, where a search per (answer word, question word) from scratch missed the cache at every step. Built
 * without sorting the meetings: per question word, its sentence pairs' answer words are counted in a stamped array,
 * so the build holds only the table and arrays the size of the vocabulary.
 */
final class CoOccurrences {

    static final int NULL = -1;

    private final int[] columnOfTarget;   // target -> column, -1 when the target has none
    final int[] targetOfColumn;
    final int[] columnStart;
    final int[] sources;

    private CoOccurrences(int[] columnOfTarget, int[] targetOfColumn, int[] columnStart, int[] sources) {
        this.columnOfTarget = columnOfTarget;
        this.targetOfColumn = targetOfColumn;
        this.columnStart = columnStart;
        this.sources = sources;
    }

    static CoOccurrences of(int[][][] questions, int[][][] answers, int words, int minTogether) {
        return of(questions, answers, words, minTogether, Integer.MAX_VALUE - 16);
    }

    /**
     * @param questions per sentence pair its distinct question words; {@code answers} its distinct answer words,
     *                  ascending (as {@link DocTerms} keeps them)
     * @return null as soon as more than {@code maxPairs} pairs would be kept (the caller asks for fewer)
     */
    static CoOccurrences of(int[][][] questions, int[][][] answers, int words, int minTogether, int maxPairs) {
        int[] postingStart = new int[words + 1];
        for (int[][] question : questions) {
            for (int q : question[0]) {
                postingStart[q + 1]++;
            }
        }
        for (int q = 0; q < words; q++) {
            postingStart[q + 1] += postingStart[q];
        }
        int[] postings = new int[postingStart[words]];
        int[] fill = Arrays.copyOf(postingStart, words);
        for (int p = 0; p < questions.length; p++) {
            for (int q : questions[p][0]) {
                postings[fill[q]++] = p;
            }
        }
        int[] stamp = new int[words];
        Arrays.fill(stamp, -1);
        int[] together = new int[words];
        int[] met = new int[64];
        int[] columnOfTarget = new int[words];
        Arrays.fill(columnOfTarget, -1);
        int[] targetOfColumn = new int[16];
        int[] columnStart = new int[17];
        int[] sources = new int[1024];
        int columns = 0;
        int kept = 0;
        for (int q = 0; q < words; q++) {
            if (postingStart[q + 1] == postingStart[q]) {
                continue;
            }
            int n = 0;
            for (int k = postingStart[q]; k < postingStart[q + 1]; k++) {
                for (int w : answers[postings[k]][0]) {
                    if (stamp[w] != q) {
                        stamp[w] = q;
                        together[w] = 0;
                        if (n == met.length) {
                            met = Arrays.copyOf(met, n * 2);
                        }
                        met[n++] = w;
                    }
                    together[w]++;
                }
            }
            int keep = 0;
            for (int i = 0; i < n; i++) {
                if (together[met[i]] >= minTogether) {
                    met[keep++] = met[i];
                }
            }
            Arrays.sort(met, 0, keep);
            if ((long) kept + 1 + keep > maxPairs) {
                return null;
            }
            if (kept + 1 + keep > sources.length) {
                sources = Arrays.copyOf(sources, (int) Math.min(maxPairs, Math.max(kept + 1L + keep,
                        sources.length * 2L)));
            }
            sources[kept] = NULL;   // NULL meets every question word, however rarely
            System.arraycopy(met, 0, sources, kept + 1, keep);
            kept += 1 + keep;
            if (columns == targetOfColumn.length) {
                targetOfColumn = Arrays.copyOf(targetOfColumn, columns * 2);
                columnStart = Arrays.copyOf(columnStart, columns * 2 + 1);
            }
            columnOfTarget[q] = columns;
            targetOfColumn[columns++] = q;
            columnStart[columns] = kept;
        }
        return new CoOccurrences(columnOfTarget, Arrays.copyOf(targetOfColumn, columns),
                Arrays.copyOf(columnStart, columns + 1), Arrays.copyOf(sources, kept));
    }

    int size() {
        return sources.length;
    }

    int column(int target) {
        return target >= 0 && target < columnOfTarget.length ? columnOfTarget[target] : -1;
    }

    /** Index of the pair (source, column's target), -1 when it was not kept; NULL is the column's first slot. */
    int find(int column, int source) {
        if (column < 0) {
            return -1;
        }
        int from = columnStart[column];
        int to = columnStart[column + 1];
        if (source == NULL) {
            return from;
        }
        int i = Arrays.binarySearch(sources, from + 1, to, source);
        return i < 0 ? -1 : i;
    }

    /** The first index in [from, to) whose source is not below {@code source}: galloping, as lookups walk forward. */
    static int seek(int[] sorted, int from, int to, int source) {
        if (from >= to || sorted[from] >= source) {
            return from;
        }
        int below = from;   // sorted[below] < source
        int step = 1;
        int probe = from + 1;
        while (probe < to && sorted[probe] < source) {
            below = probe;
            step <<= 1;
            probe = below + step;
        }
        int lo = below + 1;
        int hi = Math.min(probe, to);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < source) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
