package vn.hotline1022.reporting.staffing.domain;

/**
 * What {@code agents} operators give under a load of {@code trafficErlangs}: the share of callers who wait at all,
 * the share answered within the target time, the mean wait over all callers and how busy the operators are. With
 * no more operators than Erlangs the queue never empties: everyone waits, and the wait is unbounded (infinite here).
 */
public record Estimate(int agents, double trafficErlangs, double probabilityOfWaiting, double serviceLevel,
                       double averageSpeedOfAnswerSeconds, double occupancy) {

    public boolean meets(ServiceTarget target) {
        return serviceLevel >= target.level();
    }
}
