package vn.hotline1022.reporting.staffing.domain;

/**
 * Erlang C (the M/M/N queue): callers arrive at random (Poisson), wait as long as it takes (nobody hangs up) and
 * are answered in turn by N interchangeable operators whose handle times are exponential with the given mean.
 * <p>
 * The textbook formula divides {@code A^N} by {@code N!}, which overflows a double past N ≈ 170. Here Erlang B is
 * built up one agent at a time, {@code B(n) = A·B(n-1) / (n + A·B(n-1))}, every step a ratio between 0 and 1, and
 * Erlang C follows from it: {@code C = N·B / (N − A·(1 − B))}. That is exact, never overflows, and costs one step
 * per agent, so the search for the smallest sufficient N reuses the previous step instead of starting over.
 */
public final class ErlangC {

    private static final double SECONDS_PER_HOUR = 3600;
    /** Bounds the one-step-per-agent search; a province's hotline is many orders of magnitude below it. */
    static final double MAX_TRAFFIC = 1_000_000;

    private ErlangC() {
    }

    /** Offered load in Erlangs: how many operators would be busy on average if no call ever waited. */
    public static double traffic(double callsPerHour, double handleSeconds) {
        requireLoad(callsPerHour, handleSeconds);
        double traffic = callsPerHour * handleSeconds / SECONDS_PER_HOUR;
        if (traffic > MAX_TRAFFIC) {
            throw new IllegalArgumentException("more than " + MAX_TRAFFIC + " Erlangs: " + traffic);
        }
        return traffic;
    }

    /** Erlang B: the share of callers who would find every one of {@code agents} lines busy, with no queue. */
    public static double erlangB(int agents, double traffic) {
        if (agents < 0 || !(traffic >= 0) || Double.isInfinite(traffic)) {
            throw new IllegalArgumentException("agents >= 0 and a finite traffic >= 0 are required");
        }
        double b = 1;
        for (int n = 1; n <= agents; n++) {
            b = nextB(b, n, traffic);
        }
        return b;
    }

    /** Erlang C: the share of callers who wait at all; 1 when {@code agents <= traffic} (the queue only grows). */
    public static double probabilityOfWaiting(int agents, double traffic) {
        return waiting(agents, traffic, erlangB(agents, traffic));
    }

    /** Every figure for a given number of operators. */
    public static Estimate estimate(double callsPerHour, double handleSeconds, int agents, ServiceTarget target) {
        double traffic = traffic(callsPerHour, handleSeconds);
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be >= 0: " + agents);
        }
        return figures(agents, traffic, handleSeconds, erlangB(agents, traffic), callsPerHour, target);
    }

    /**
     * The fewest operators that meet the target: none without calls, at least one with any, and always more than
     * the traffic (with N ≤ A callers queue without end, whatever the target).
     */
    public static Estimate staff(double callsPerHour, double handleSeconds, ServiceTarget target) {
        double traffic = traffic(callsPerHour, handleSeconds);
        if (callsPerHour == 0) {
            return figures(0, traffic, handleSeconds, 1, 0, target);
        }
        int agents = 0;
        double b = 1;
        while (true) {
            agents++;
            b = nextB(b, agents, traffic);
            if (agents > traffic) {
                Estimate e = figures(agents, traffic, handleSeconds, b, callsPerHour, target);
                if (e.meets(target)) {
                    return e;
                }
            }
        }
    }

    private static Estimate figures(int agents, double traffic, double handleSeconds, double erlangB,
                                    double callsPerHour, ServiceTarget target) {
        if (callsPerHour == 0) {
            return new Estimate(agents, 0, 0, 1, 0, 0);
        }
        if (agents <= traffic) {
            return new Estimate(agents, traffic, 1, 0, Double.POSITIVE_INFINITY, 1);
        }
        double c = waiting(agents, traffic, erlangB);
        double spare = agents - traffic;
        // with zero-length calls nobody waits: t / 0 would be NaN or infinite, and the answer is plain
        double serviceLevel = handleSeconds == 0 ? 1
                : 1 - c * Math.exp(-spare * target.answerWithinSeconds() / handleSeconds);
        return new Estimate(agents, traffic, c, serviceLevel, c * handleSeconds / spare, traffic / agents);
    }

    private static double nextB(double previous, int agents, double traffic) {
        double x = traffic * previous;
        return x / (agents + x);
    }

    private static double waiting(int agents, double traffic, double erlangB) {
        if (agents <= traffic) {
            return 1;
        }
        return agents * erlangB / (agents - traffic * (1 - erlangB));
    }

    private static void requireLoad(double callsPerHour, double handleSeconds) {
        if (!(callsPerHour >= 0) || !(handleSeconds >= 0) || Double.isInfinite(callsPerHour)
                || Double.isInfinite(handleSeconds)) {
            throw new IllegalArgumentException("calls per hour and handle time must be finite and not negative");
        }
    }
}
