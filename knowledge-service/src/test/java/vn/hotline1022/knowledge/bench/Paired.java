package vn.hotline1022.knowledge.bench;

import java.util.SplittableRandom;

/**
 * Two rankings of the same queries compared query by query: the difference in recall@5 and MRR@10 with a 95 %
 * paired bootstrap interval, so a margin can be told from the noise of a 500-question set.
 */
final class Paired {

    private static final int RESAMPLES = 10_000;

    private Paired() {
    }

    /** {@code ranks}: strict ranks per query (-1 or 0: missed), both arrays in the same query order. */
    static String compare(int[] base, int[] other) {
        if (base.length != other.length || base.length == 0) {
            throw new IllegalArgumentException("not the same queries: " + base.length + " / " + other.length);
        }
        int n = base.length;
        double[] at5 = new double[n];
        double[] mrr = new double[n];
        for (int i = 0; i < n; i++) {
            at5[i] = hit5(other[i]) - hit5(base[i]);
            mrr[i] = reciprocal(other[i]) - reciprocal(base[i]);
        }
        return String.format("recall@5 %+.3f (95%% CI %s), MRR@10 %+.3f (95%% CI %s)", mean(at5),
                interval(at5), mean(mrr), interval(mrr));
    }

    private static String interval(double[] differences) {
        SplittableRandom random = new SplittableRandom(1022);
        double[] means = new double[RESAMPLES];
        int n = differences.length;
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += differences[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        java.util.Arrays.sort(means);
        return String.format("%+.3f … %+.3f", means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double hit5(int rank) {
        return rank >= 1 && rank <= 5 ? 1 : 0;
    }

    private static double reciprocal(int rank) {
        return rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
    }
}
