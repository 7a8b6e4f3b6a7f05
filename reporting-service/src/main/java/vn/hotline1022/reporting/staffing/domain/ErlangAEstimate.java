package vn.hotline1022.reporting.staffing.domain;

/**
 * What {@code agents} operators give when callers hang up if kept waiting: the share who wait at all, the share who
 * hang up before an answer, the share answered within the target time (a caller who hung up is not answered, however
 * short the wait), the mean wait over all callers (those who hung up included, until they did) and how busy the
 * operators are with the calls actually answered.
 */
public record ErlangAEstimate(int agents, double trafficErlangs, double probabilityOfWaiting,
                              double probabilityOfAbandoning, double serviceLevel, double averageWaitSeconds,
                              double occupancy) {

    public boolean meets(ServiceTarget target) {
        return serviceLevel >= target.level();
    }
}
