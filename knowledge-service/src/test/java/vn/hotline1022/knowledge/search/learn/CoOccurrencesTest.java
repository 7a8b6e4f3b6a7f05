package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoOccurrencesTest {

    // three sentence pairs: question words (ids, counts) and answer words (ids ascending, counts)
    private static final int[][][] QUESTIONS = {
            {{7, 3}, {1, 1}}, {{3, 8, 7}, {1, 2, 1}}, {{7}, {1}}};
    private static final int[][][] ANSWERS = {
            {{0, 2, 5}, {1, 1, 2}}, {{2, 4, 5, 6}, {1, 1, 1, 1}}, {{0, 2}, {3, 1}}};

    @Test
    void theChunkedBuildGivesTheSameTableAsTheUnchunkedOne() {
        CoOccurrences whole = CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1);

        for (long chunk : new long[] {1, 2, 3, 5, 8, 13}) {
            CoOccurrences chunked = CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1, chunk, Integer.MAX_VALUE);

            assertThat(chunked.targets).as("chunk " + chunk).containsExactly(whole.targets);
            assertThat(chunked.sourceOfRow).as("chunk " + chunk).containsExactly(whole.sourceOfRow);
            assertThat(chunked.rowStart).as("chunk " + chunk).containsExactly(whole.rowStart);
        }
    }

    @Test
    void everyMeetingIsKeptOnceAndNullMeetsEveryQuestionWord() {
        CoOccurrences table = CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1, 3, Integer.MAX_VALUE);

        // answer word 2 is in all three pairs: it met 3, 7 and 8
        int row = table.row(2);
        assertThat(table.find(row, 3)).isNotNegative();
        assertThat(table.find(row, 7)).isNotNegative();
        assertThat(table.find(row, 8)).isNotNegative();
        assertThat(table.rowStart[row + 1] - table.rowStart[row]).isEqualTo(3);
        assertThat(table.find(table.row(4), 3)).isNotNegative();
        assertThat(table.find(table.row(4), 7)).isNotNegative();
        assertThat(table.find(table.row(0), 8)).isNegative();   // 0 and 8 never met
        for (int q : new int[] {3, 7, 8}) {
            assertThat(table.find(table.row(CoOccurrences.NULL), q)).isNotNegative();
        }
        assertThat(table.size()).isEqualTo(3 + 2 + 3 + 3 + 3 + 3);   // rows NULL, 0, 2, 4, 5, 6
    }

    @Test
    void pairsMetTooRarelyAreLeftOutChunkedOrNot() {
        CoOccurrences whole = CoOccurrences.of(QUESTIONS, ANSWERS, 10, 2);
        CoOccurrences chunked = CoOccurrences.of(QUESTIONS, ANSWERS, 10, 2, 2, Integer.MAX_VALUE);

        assertThat(chunked.targets).containsExactly(whole.targets);
        assertThat(whole.find(whole.row(2), 7)).isNotNegative();   // met in all three pairs
        assertThat(whole.find(whole.row(6), 8)).isNegative();      // met once
    }

    @Test
    void aTableBeyondItsBoundIsNotBuilt() {
        assertThat(CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1, 3, 16)).isNull();   // it holds 17 pairs
        assertThat(CoOccurrences.of(QUESTIONS, ANSWERS, 10, 1, 3, 17).size()).isEqualTo(17);
    }
}
