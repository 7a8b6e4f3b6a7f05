package vn.hotline1022.reporting.staffing.domain;

/**
 * "{@code level} of calls answered within {@code answerWithinSeconds}", e.g. 80 % within 20 s. A level of 1 could
 * never be promised to callers who arrive at random, and 0 asks for nothing, so both ends are excluded.
 */
public record ServiceTarget(double level, double answerWithinSeconds) {

    public ServiceTarget {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("service level must be strictly between 0 and 1: " + level);
        }
        if (!(answerWithinSeconds >= 0 && Double.isFinite(answerWithinSeconds))) {
            throw new IllegalArgumentException("answer time must be a finite number of seconds: " + answerWithinSeconds);
        }
    }
}
