package vn.hotline1022.reporting.staffing.domain;

/**
 * {@code log Σ_{j≥0} w^j / ((a+1)(a+2)…(a+j))}, the series behind Erlang A (Mandelbaum and Zeltyn's A(a, w), the
 * confluent hypergeometric 1F1(1; a+1; w)). Its terms rise while a + j < w and can pass 10^308 for a few hundred
 * callers in a patience time, so the sum is taken in logarithms, outward from the largest term, which is placed
 * with log-gamma rather than reached by multiplying every term before it.
 */
final class KummerSeries {

    private static final double NEGLIGIBLE = 1e-17;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private KummerSeries() {
    }

    static double log(double a, double w) {
        if (w == 0) {
            return 0;
        }
        long peak = (long) Math.max(0, Math.floor(w - a));
        double logPeak = peak == 0 ? 0 : logTerm(a, w, peak);
        double sum = 1;
        double rel = 0;
        for (long j = peak + 1; ; j++) {
            rel += Math.log(w / (a + j));
            double term = Math.exp(rel);
            sum += term;
            double ratio = w / (a + j + 1);
            // past the peak the terms fall at least geometrically: the rest is below term / (1 − ratio)
            if (ratio < 1 && term / (1 - ratio) < NEGLIGIBLE * sum) {
                break;
            }
        }
        rel = 0;
        for (long j = peak - 1; j >= 0; j--) {
            rel -= Math.log(w / (a + j + 1));
            double term = Math.exp(rel);
            sum += term;
            // below the peak the terms keep falling, so the j terms left are each smaller than this one
            if (term * j < NEGLIGIBLE * sum) {
                break;
            }
        }
        return logPeak + Math.log(sum);
    }

    /** log of the j-th term, w^j / ((a+1)…(a+j)). */
    private static double logTerm(double a, double w, long j) {
        if (j <= 1000) {
            double log = 0;
            for (long i = 1; i <= j; i++) {
                log += Math.log(w / (a + i));
            }
            return log;
        }
        return j * Math.log(w) - (logGamma(a + j + 1) - logGamma(a + 1));
    }

    /** Stirling's series, after shifting the argument up to 20 or more, where five terms are exact to 1e-16. */
    static double logGamma(double x) {
        double shift = 0;
        while (x < 20) {
            shift -= Math.log(x);
            x++;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return shift + (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
    }
}
