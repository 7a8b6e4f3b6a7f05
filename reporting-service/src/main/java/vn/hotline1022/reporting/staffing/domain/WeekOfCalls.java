package vn.hotline1022.reporting.staffing.domain;

import vn.hotline1022.reporting.figures.TimeBuckets;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls of a date range folded onto the hours of the week: how often each hour of the week occurs in the range,
 * how many calls arrived in it, how long the closed ones took, and which operators took them. Each occurrence keeps
 * its own set of operators, so an operator on duty every Monday morning counts once per Monday, not once per call.
 */
public final class WeekOfCalls {

    /**
     * A call left open and closed hours later from the supervisor's list of stale calls says nothing about how long
     * somebody talked: such handle times (and negative ones, from skewed clocks) stay out of every average.
     */
    public static final long LONGEST_PLAUSIBLE_HANDLE_SECONDS = 2 * 3600;

    private final LocalDate from;
    private final List<ZonedDateTime> hours;
    private final int[] occurrences = new int[HourOfWeek.COUNT];
    private final long[] calls = new long[HourOfWeek.COUNT];
    private final long[] closed = new long[HourOfWeek.COUNT];
    private final double[] handleSeconds = new double[HourOfWeek.COUNT];
    private final Map<Integer, Set<String>> operatorsByOccurrence = new HashMap<>();
    private long[] operatorTotals; // per hour of the week, summed over occurrences; rebuilt after a call is added

    public WeekOfCalls(LocalDate from, LocalDate to) {
        this.from = from;
        this.hours = TimeBuckets.HOUR.starts(from, to);
        hours.forEach(start -> occurrences[HourOfWeek.of(start).index()]++);
    }

    /** One call received in the range; {@code handleSeconds} is null while it is open. Others are ignored. */
    public void add(Instant receivedAt, String operator, Number handleSeconds) {
        // indexOf truncates towards zero: a call seconds before the range would land in its first hour
        if (receivedAt == null || receivedAt.isBefore(hours.get(0).toInstant())) {
            return;
        }
        int occurrence = TimeBuckets.HOUR.indexOf(receivedAt, from);
        if (occurrence >= hours.size()) {
            return;
        }
        int slot = HourOfWeek.of(hours.get(occurrence)).index();
        operatorTotals = null;
        calls[slot]++;
        if (operator != null && !operator.isBlank()) {
            operatorsByOccurrence.computeIfAbsent(occurrence, k -> new HashSet<>()).add(operator);
        }
        if (handleSeconds != null && handleSeconds.longValue() >= 0
                && handleSeconds.longValue() <= LONGEST_PLAUSIBLE_HANDLE_SECONDS) {
            closed[slot]++;
            this.handleSeconds[slot] += handleSeconds.longValue();
        }
    }

    public int occurrences(HourOfWeek hour) {
        return occurrences[hour.index()];
    }

    public long calls(HourOfWeek hour) {
        return calls[hour.index()];
    }

    public long closedCalls(HourOfWeek hour) {
        return closed[hour.index()];
    }

    /** Mean handle time of the hour's closed calls; NaN without any. */
    public double averageHandleSeconds(HourOfWeek hour) {
        return handleSeconds[hour.index()] / closed[hour.index()];
    }

    /** Distinct operators per occurrence of the hour, averaged over its occurrences (0 if the range has none). */
    public double operatorsWorked(HourOfWeek hour) {
        int slot = hour.index();
        if (occurrences[slot] == 0) {
            return 0;
        }
        if (operatorTotals == null) {
            operatorTotals = new long[HourOfWeek.COUNT];
            operatorsByOccurrence.forEach((occurrence, operators) ->
                    operatorTotals[HourOfWeek.of(hours.get(occurrence)).index()] += operators.size());
        }
        return (double) operatorTotals[slot] / occurrences[slot];
    }

    public long totalCalls() {
        return sum(calls);
    }

    public long totalClosedCalls() {
        return sum(closed);
    }

    /** Mean handle time over every closed call of the range; NaN without any. */
    public double overallAverageHandleSeconds() {
        double seconds = 0;
        for (double s : handleSeconds) {
            seconds += s;
        }
        return seconds / totalClosedCalls();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
