package vn.hotline1022.reporting.figures;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles by the nearest-rank method, computed in Java because the embedded MongoDB used in tests has no
 * {@code $percentile}; a supervisor can check the figure by hand on a sorted list.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The smallest value such that at least {@code p} percent of the values are less than or equal to it. */
    public static double nearestRank(Collection<? extends Number> values, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public static double mean(Collection<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).average().orElse(0);
    }

    /** A share in [0, 1], 0 when there is nothing to share. */
    public static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
