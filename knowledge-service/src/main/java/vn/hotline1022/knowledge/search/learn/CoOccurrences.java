package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * The (answer word, question word) pairs EM may move probability between, as compressed rows: per answer word the
 * sorted question words it met in at least {@code minTogether} sentence pairs (NULL meets every word). Built by
 * sorting one primitive array of every meeting, so memory is 8 bytes per meeting while building and 4 per kept
 * pair after: a hash table of boxed or even primitive pairs needed 5× that and did not fit a 256 MB service.
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
        long total = 0;
        for (int p = 0; p < questions.length; p++) {
            total += (long) questions[p][0].length * (answers[p][0].length + 1);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many word meetings to learn from at once: " + total);
        }
        long[] keys = new long[(int) total];
        int n = 0;
        for (int p = 0; p < questions.length; p++) {
            for (int q : questions[p][0]) {
                keys[n++] = key(NULL, q);
                for (int w : answers[p][0]) {
                    keys[n++] = key(w, q);
                }
            }
        }
        Arrays.sort(keys);
        int kept = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && keys[j] == keys[i]) {
                j++;
            }
            if (j - i >= minTogether || source(keys[i]) == NULL) {
                keys[kept++] = keys[i];
            }
            i = j;
        }
        int rows = 0;
        for (int i = 0; i < kept; i++) {
            rows += i == 0 || source(keys[i]) != source(keys[i - 1]) ? 1 : 0;
        }
        int[] rowOfSource = new int[words + 1];
        Arrays.fill(rowOfSource, -1);
        int[] sourceOfRow = new int[rows];
        int[] rowStart = new int[rows + 1];
        int[] targets = new int[kept];
        int row = -1;
        for (int i = 0; i < kept; i++) {
            int source = source(keys[i]);
            if (i == 0 || source != source(keys[i - 1])) {
                row++;
                sourceOfRow[row] = source;
                rowOfSource[source + 1] = row;
                rowStart[row] = i;
            }
            targets[i] = (int) keys[i];
        }
        rowStart[rows] = kept;
        return new CoOccurrences(rowOfSource, sourceOfRow, rowStart, targets);
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
