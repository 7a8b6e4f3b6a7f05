package vn.hotline1022.knowledge.search.learn;

import java.util.Random;

/** A usage log of random sentences, for the tests that compare the learner's tables with a plain computation. */
record RandomLog(int[][][] questions, int[][][] answers) {

    static RandomLog of(long seed, int words, int pairs, int maxQuestion, int maxAnswer) {
        Random random = new Random(seed);
        int[][][] questions = new int[pairs][][];
        int[][][] answers = new int[pairs][][];
        for (int p = 0; p < pairs; p++) {
            questions[p] = sentence(random, words, 1 + random.nextInt(maxQuestion));
            answers[p] = sentence(random, words, 1 + random.nextInt(maxAnswer));
        }
        return new RandomLog(questions, answers);
    }

    /** Distinct word ids in order, each with a count of 1 to 3: a sentence as the learner reads it. */
    static int[][] sentence(Random random, int words, int size) {
        int[] ids = random.ints(size, 0, words).distinct().sorted().toArray();
        int[] counts = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            counts[i] = 1 + random.nextInt(3);
        }
        return new int[][] {ids, counts};
    }
}
