package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The (answer word, question word) pairs EM may move probability between, as compressed rows: per answer word the
 * sorted question words it met in at least {@code minTogether} sentence pairs (NULL meets every word). Built in
 * chunks of answer words: each chunk's meetings are one sorted primitive array of at most {@code chunkMeetings}
 * (8 bytes each), so every word of every answer can take part while the build's memory stays that chunk plus 4 bytes
 * per kept pair. Chunks are ranges of answer word ids taken in order, so the table is the same whatever the chunk size.
 */
final class CoOccurrences {

    static final int NULL = -1;

    private final int[] rowOfSource;   // source + 1 -> row, -1 when the source has none
    final int[] sourceOfRow;
    final int[] rowStart;
    final int[] targets;

    private CoOccurrences(int[] rowOfSource, int[] sourceOfRow, int[] rowStart, int[] targets) {
        this.rowOfSource = rowOfSource;
        this.sourceOfRow = sourceOfRow;
        this.rowStart = rowStart;
        this.targets = targets;
    }

    static CoOccurrences of(int[][][] questions, int[][][] answers, int words, int minTogether) {
        return of(questions, answers, words, minTogether, Integer.MAX_VALUE - 16, Integer.MAX_VALUE);
    }

    /**
     * @param answers per sentence pair its answer words, ids ascending (as {@link DocTerms} keeps them)
     * @return null as soon as more than {@code maxPairs} pairs would be kept (the caller asks for fewer)
     */
    static CoOccurrences of(int[][][] questions, int[][][] answers, int words, int minTogether, long chunkMeetings,
                            int maxPairs) {
        long[] meetings = new long[words + 1];   // per source + 1: how many keys it contributes
        for (int p = 0; p < questions.length; p++) {
            int q = questions[p][0].length;
            meetings[0] += q;
            for (int w : answers[p][0]) {
                meetings[w + 1] += q;
            }
        }
        long cap = Math.max(1, Math.min(chunkMeetings, Integer.MAX_VALUE - 16));
        List<int[]> pieces = new ArrayList<>();
        int[] sourceOfRow = new int[16];
        int[] rowEnd = new int[16];
        int rows = 0;
        int kept = 0;
        for (int from = 0; from < meetings.length; ) {
            int to = from;
            long size = 0;
            while (to < meetings.length && (to == from || size + meetings[to] <= cap)) {
                size += meetings[to++];
            }
            if (size > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("too many meetings of one answer word to learn from: " + size);
            }
            long[] keys = chunk(questions, answers, from - 1, to - 1, (int) size);
            int n = dedupe(keys, minTogether);
            if ((long) kept + n > maxPairs) {
                return null;
            }
            int[] piece = new int[n];
            for (int i = 0; i < n; i++) {
                piece[i] = (int) keys[i];
                if (i == 0 || source(keys[i]) != source(keys[i - 1])) {
                    if (rows == sourceOfRow.length) {
                        sourceOfRow = Arrays.copyOf(sourceOfRow, rows * 2);
                        rowEnd = Arrays.copyOf(rowEnd, rows * 2);
                    }
                    sourceOfRow[rows++] = source(keys[i]);
                }
                rowEnd[rows - 1] = kept + i + 1;
            }
            kept += n;
            pieces.add(piece);
            from = to;
        }
        int[] targets = new int[kept];
        int at = 0;
        for (int[] piece : pieces) {
            System.arraycopy(piece, 0, targets, at, piece.length);
            at += piece.length;
        }
        int[] rowOfSource = new int[words + 1];
        Arrays.fill(rowOfSource, -1);
        int[] rowStart = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowOfSource[sourceOfRow[r] + 1] = r;
            rowStart[r + 1] = rowEnd[r];
        }
        return new CoOccurrences(rowOfSource, Arrays.copyOf(sourceOfRow, rows), rowStart, targets);
    }

    /** Every meeting of an answer word in [from, to) (NULL is -1) with a question word, sorted. */
    private static long[] chunk(int[][][] questions, int[][][] answers, int from, int to, int size) {
        long[] keys = new long[size];
        int n = 0;
        for (int p = 0; p < questions.length; p++) {
            int[] as = answers[p][0];
            int lo = lowerBound(as, from);
            int hi = lowerBound(as, to);
            boolean withNull = from == NULL;
            if (lo == hi && !withNull) {
                continue;
            }
            for (int q : questions[p][0]) {
                if (withNull) {
                    keys[n++] = key(NULL, q);
                }
                for (int j = lo; j < hi; j++) {
                    keys[n++] = key(as[j], q);
                }
            }
        }
        Arrays.sort(keys, 0, n);
        return n == size ? keys : Arrays.copyOf(keys, n);
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    /** Collapses equal keys in place, keeping those met often enough (NULL's always); returns how many are kept. */
    private static int dedupe(long[] keys, int minTogether) {
        int kept = 0;
        for (int i = 0; i < keys.length; ) {
            int j = i;
            while (j < keys.length && keys[j] == keys[i]) {
                j++;
            }
            if (j - i >= minTogether || source(keys[i]) == NULL) {
                keys[kept++] = keys[i];
            }
            i = j;
        }
        return kept;
    }

    private static long key(int source, int target) {
        return ((long) (source + 1) << 32) | target;
    }

    private static int source(long key) {
        return (int) (key >>> 32) - 1;
    }

    int size() {
        return targets.length;
    }

    int row(int source) {
        return source + 1 < rowOfSource.length ? rowOfSource[source + 1] : -1;
    }

    /** Index of the pair (row's source, target), -1 when it was not kept. */
    int find(int row, int target) {
        if (row < 0) {
            return -1;
        }
        int i = Arrays.binarySearch(targets, rowStart[row], rowStart[row + 1], target);
        return i < 0 ? -1 : i;
    }
}
