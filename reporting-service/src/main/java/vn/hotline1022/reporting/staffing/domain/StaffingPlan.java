package vn.hotline1022.reporting.staffing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * For each hour of the week, the operators needed for the target from that hour's average arrivals and handle time:
 * Erlang A where the switchboard shows callers giving up (their patience known), Erlang C otherwise.
 */
public final class StaffingPlan {

    /** Below this many closed calls one long call swings an hour's mean handle time; the range's mean is steadier. */
    public static final int MIN_CLOSED_CALLS_PER_HOUR = 5;
    /** Below this many calls that rang, one caller who gave up is no estimate of everyone's patience. */
    public static final int MIN_RANG_FOR_PATIENCE = 10;

    private StaffingPlan() {
    }

    /** The 168 hours, Monday 00:00 first. */
    public static List<PlannedHour> of(WeekOfCalls week, ServiceTarget target) {
        double overall = week.overallAverageHandleSeconds();
        List<PlannedHour> plan = new ArrayList<>(HourOfWeek.COUNT);
        for (int i = 0; i < HourOfWeek.COUNT; i++) {
            plan.add(hour(week, HourOfWeek.ofIndex(i), overall, target));
        }
        return plan;
    }

    private static PlannedHour hour(WeekOfCalls week, HourOfWeek h, double overall, ServiceTarget target) {
        int occurrences = week.occurrences(h);
        long calls = week.calls(h);
        long closed = week.closedCalls(h);
        long rang = week.rang(h);
        // callers who gave up never became logged calls, yet they arrived: the switchboard's count where it is higher
        long arrivals = Math.max(calls, rang);
        double callsPerHour = occurrences == 0 ? 0 : (double) arrivals / occurrences;
        double patience = week.patienceSeconds(h, MIN_RANG_FOR_PATIENCE);
        HandleTimeBasis basis = closed >= MIN_CLOSED_CALLS_PER_HOUR ? HandleTimeBasis.HOUR
                : Double.isNaN(overall) ? HandleTimeBasis.NONE : HandleTimeBasis.RANGE;
        double handle = basis == HandleTimeBasis.HOUR ? week.averageHandleSeconds(h)
                : basis == HandleTimeBasis.RANGE ? overall : 0;
        double worked = week.operatorsWorked(h);
        boolean erlangA = !Double.isNaN(patience) && basis != HandleTimeBasis.NONE;
        Estimate estimate = basis == HandleTimeBasis.NONE && arrivals > 0 ? null
                : rounded(erlangA ? asEstimate(ErlangA.staff(callsPerHour, handle, patience, target))
                : ErlangC.staff(callsPerHour, handle, target));
        return new PlannedHour(h.dayOfWeek(), h.hour(), occurrences, calls, round(callsPerHour), closed,
                basis == HandleTimeBasis.NONE ? null : round(handle), basis,
                estimate == null ? null : estimate.agents(), round(worked),
                estimate == null ? null : round(worked - estimate.agents()), estimate,
                erlangA ? "ERLANG_A" : "ERLANG_C", rang, rang == 0 ? null : round(week.abandonment(h)),
                erlangA ? round(patience) : null);
    }

    private static Estimate asEstimate(ErlangAEstimate a) {
        return new Estimate(a.agents(), a.trafficErlangs(), a.probabilityOfWaiting(), a.serviceLevel(),
                a.averageWaitSeconds(), a.occupancy());
    }

    private static Estimate rounded(Estimate e) {
        return new Estimate(e.agents(), round(e.trafficErlangs()), round(e.probabilityOfWaiting()),
                round(e.serviceLevel()), round(e.averageSpeedOfAnswerSeconds()), round(e.occupancy()));
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
