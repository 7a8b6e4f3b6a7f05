package vn.hotline1022.reporting.staffing.domain;

/**
 * Erlang A (Palm's M/M/N+M queue): Erlang C's random callers and exponential handle times, but each waiting caller
 * hangs up after an exponential patience with the given mean. With x = Nμ/θ, y = λ/θ, E = Erlang B(N, λ/μ) and
 * S(a, w) = Σ w^j / ((a+1)…(a+j)) ({@link KummerSeries}), P(wait) and P(abandon) are those of Mandelbaum and Zeltyn
 * ("The Palm/Erlang-A queue, with applications to call centers", 2007); the tail of the offered wait and the share
 * answered in time were derived here from the offered wait's density, π_N·Nμ·e^(y(1 − e^(−θv)) − Nμv), and are
 * held to a simulation in ErlangATest:
 * <pre>
 *   P(wait)            = E·S(x, y) / (1 + (S(x, y) − 1)·E)
 *   P(offered wait > t) = P(wait) · S(x, z)/S(x, y) · e^(y − z − Nμt),                  z = y·e^(−θt)
 *   P(abandon)         = P(wait) · (1 − (x/y)(1 − 1/S(x, y)))
 *   answered within t  = 1 − P(wait) + P(wait) · (x/(x+1)) · [S(x+1, y) − e^(y − z − (Nμ+θ)t)·S(x+1, z)] / S(x, y)
 *   mean wait          = P(abandon) / θ
 * </pre>
 * (the last but one integrates e^(−θv), the chance of still being on the line, against the density of the offered
 * wait v; S(x+1, y) = (S(x, y) − 1)(x+1)/y). Unlike Erlang C it has an answer for N ≤ A: callers hang up instead of
 * queueing for ever. Not used by the staffing report: the events carry no waiting or abandonment times to estimate
 * callers' patience from.
 */
public final class ErlangA {

    private static final double SECONDS_PER_HOUR = 3600;

    private ErlangA() {
    }

    public static ErlangAEstimate estimate(double callsPerHour, double handleSeconds, double patienceSeconds,
                                           int agents, ServiceTarget target) {
        requirePatience(patienceSeconds);
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be >= 0: " + agents);
        }
        double traffic = ErlangC.traffic(callsPerHour, handleSeconds);
        return figures(callsPerHour, handleSeconds, patienceSeconds, agents, traffic,
                ErlangC.erlangB(agents, traffic), target);
    }

    /** The fewest operators whose share of callers answered within the target time reaches the target level. */
    public static ErlangAEstimate staff(double callsPerHour, double handleSeconds, double patienceSeconds,
                                        ServiceTarget target) {
        requirePatience(patienceSeconds);
        double traffic = ErlangC.traffic(callsPerHour, handleSeconds);
        if (callsPerHour == 0) {
            return figures(0, handleSeconds, patienceSeconds, 0, traffic, 1, target);
        }
        // operators answer at most N/A of the callers, so fewer than level·A can never do
        int agents = (int) Math.max(1, Math.floor(target.level() * traffic));
        double b = ErlangC.erlangB(agents, traffic);
        while (true) {
            ErlangAEstimate e = figures(callsPerHour, handleSeconds, patienceSeconds, agents, traffic, b, target);
            if (e.meets(target)) {
                return e;
            }
            agents++;
            b = traffic * b / (agents + traffic * b);
        }
    }

    private static ErlangAEstimate figures(double callsPerHour, double handleSeconds, double patienceSeconds,
                                           int agents, double traffic, double erlangB, ServiceTarget target) {
        if (callsPerHour == 0) {
            return new ErlangAEstimate(agents, 0, 0, 0, 1, 0, 0);
        }
        if (agents == 0) {
            return new ErlangAEstimate(0, traffic, 1, 1, 0, patienceSeconds, 0);
        }
        if (handleSeconds == 0 || erlangB == 0) {
            return new ErlangAEstimate(agents, traffic, 0, 0, 1, 0, traffic / agents);
        }
        double theta = 1 / patienceSeconds;
        double serviceRate = agents / handleSeconds; // Nμ, per second
        double x = serviceRate / theta;
        double y = callsPerHour / SECONDS_PER_HOUR / theta;
        double t = target.answerWithinSeconds();
        double z = y * Math.exp(-theta * t);
        double yMinusZ = -y * Math.expm1(-theta * t); // y − z without cancellation when θt is tiny
        double logS = KummerSeries.log(x, y);
        double waiting = 1 / (1 + (1 - erlangB) * Math.exp(-Math.log(erlangB) - logS));
        double servedShare = (x / y) * -Math.expm1(-logS); // (x/(x+1))·S(x+1, y)/S(x, y)
        double abandoning = waiting * (1 - servedShare);
        double servedLate = (x / (x + 1))
                * Math.exp(KummerSeries.log(x + 1, z) - logS + yMinusZ - (serviceRate + theta) * t);
        double serviceLevel = 1 - waiting + waiting * (servedShare - servedLate);
        return new ErlangAEstimate(agents, traffic, waiting, abandoning, clamp(serviceLevel),
                abandoning * patienceSeconds, traffic * (1 - abandoning) / agents);
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }

    private static void requirePatience(double patienceSeconds) {
        if (!(patienceSeconds > 0) || Double.isInfinite(patienceSeconds)) {
            throw new IllegalArgumentException("mean patience must be a positive, finite number of seconds");
        }
    }
}
