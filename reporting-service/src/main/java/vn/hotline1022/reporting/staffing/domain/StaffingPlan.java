package vn.hotline1022.reporting.staffing.domain;

import java.util.ArrayList;
import java.util.List;

/** Erlang C for each hour of the week, from the average arrivals and handle time of that hour in the range. */
public final class StaffingPlan {

    /** Below this many closed calls one long call swings an hour's mean handle time; the range's mean is steadier. */
    public static final int MIN_CLOSED_CALLS_PER_HOUR = 5;

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
        double callsPerHour = occurrences == 0 ? 0 : (double) calls / occurrences;
        HandleTimeBasis basis = closed >= MIN_CLOSED_CALLS_PER_HOUR ? HandleTimeBasis.HOUR
                : Double.isNaN(overall) ? HandleTimeBasis.NONE : HandleTimeBasis.RANGE;
        double handle = basis == HandleTimeBasis.HOUR ? week.averageHandleSeconds(h)
                : basis == HandleTimeBasis.RANGE ? overall : 0;
        double worked = week.operatorsWorked(h);
        Estimate estimate = basis == HandleTimeBasis.NONE && calls > 0 ? null
                : rounded(ErlangC.staff(callsPerHour, handle, target));
        return new PlannedHour(h.dayOfWeek(), h.hour(), occurrences, calls, round(callsPerHour), closed,
                basis == HandleTimeBasis.NONE ? null : round(handle), basis,
                estimate == null ? null : estimate.agents(), round(worked),
                estimate == null ? null : round(worked - estimate.agents()), estimate);
    }

    private static Estimate rounded(Estimate e) {
        return new Estimate(e.agents(), round(e.trafficErlangs()), round(e.probabilityOfWaiting()),
                round(e.serviceLevel()), round(e.averageSpeedOfAnswerSeconds()), round(e.occupancy()));
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
