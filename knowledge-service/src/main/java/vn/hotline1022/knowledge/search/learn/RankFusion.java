package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * Reciprocal rank fusion of the model's ranking with the lexical one (Cormack et al. 2009, k = 60). Candidates arrive
 * in lexical order, so the lexical rank is the position; the model rank of a candidate is how many score higher, ties
 * in lexical order: a sort of the scores and two binary searches, no boxed indices, because the learner's grid ranks
 * every held-out question at every depth and score mix.
 */
final class RankFusion {

    private RankFusion() {
    }

    /** 0-based rank of each candidate by model score, ties in lexical order. */
    static int[] modelRanks(double[] likelihood) {
        int n = likelihood.length;
        double[] sorted = likelihood.clone();
        Arrays.sort(sorted);
        int[] tiesTaken = new int[n];
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            int first = firstNotBelow(sorted, likelihood[i]);
            ranks[i] = n - firstAbove(sorted, likelihood[i], first) + tiesTaken[first]++;
        }
        return ranks;
    }

    /** Reciprocal rank fusion of the model ranks with the lexical order (the position). */
    static double[] fuse(int[] modelRanks, double weight) {
        return fuse(null, modelRanks, weight);
    }

    /** The same with lexical ranks of their own (0-based; null: the position, the engine's order). */
    static double[] fuse(int[] lexicalRanks, int[] modelRanks, double weight) {
        double[] out = new double[modelRanks.length];
        for (int i = 0; i < out.length; i++) {
            int lexical = lexicalRanks == null ? i : lexicalRanks[i];
            out[i] = weight / (60.0 + modelRanks[i] + 1) + (1 - weight) / (60.0 + lexical + 1);
        }
        return out;
    }

    private static int firstNotBelow(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], value) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] sorted, double value, int from) {
        int lo = from;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], value) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
