package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * Direct maps (answer word → slot + 1, 0 when the pair was not kept) for the longest columns of a {@link
 * CoOccurrences} table, as many as fit in a byte budget: each costs 4 bytes per answer word of the vocabulary, so
 * only columns long enough that searching them costs more than the map are given one.
 */
final class DirectColumns {

    final int[] slots;
    private final int[] baseOfColumn;

    private DirectColumns(int[] slots, int[] baseOfColumn) {
        this.slots = slots;
        this.baseOfColumn = baseOfColumn;
    }

    /** @param sourceWords answer words are below this id */
    static DirectColumns of(CoOccurrences table, int sourceWords, int minLength, long maxBytes) {
        int columns = table.columnStart.length - 1;
        int[] baseOfColumn = new int[columns];
        Arrays.fill(baseOfColumn, -1);
        int budget = (int) Math.min(columns, maxBytes / (4L * Math.max(1, sourceWords)));
        long[] longest = new long[columns];   // length in the high bits, column in the low ones: sorted, longest last
        int candidates = 0;
        for (int c = 0; c < columns; c++) {
            int length = table.columnStart[c + 1] - table.columnStart[c];
            if (length >= minLength) {
                longest[candidates++] = ((long) length << 32) | c;
            }
        }
        Arrays.sort(longest, 0, candidates);
        int chosen = Math.min(budget, candidates);
        int[] slots = new int[chosen * sourceWords];
        for (int k = 0; k < chosen; k++) {
            int column = (int) longest[candidates - 1 - k];
            int base = k * sourceWords;
            baseOfColumn[column] = base;
            for (int s = table.columnStart[column] + 1; s < table.columnStart[column + 1]; s++) {
                slots[base + table.sources[s]] = s + 1;
            }
        }
        return new DirectColumns(slots, baseOfColumn);
    }

    /** Where the column's map starts in {@link #slots}, -1 when it has none. */
    int base(int column) {
        return baseOfColumn[column];
    }
}
