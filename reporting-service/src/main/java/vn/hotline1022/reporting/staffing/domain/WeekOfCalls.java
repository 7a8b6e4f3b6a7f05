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
    private final long[] rang = new long[HourOfWeek.COUNT];          // switchboard: answered + missed
    private final long[] abandoned = new long[HourOfWeek.COUNT];     // switchboard: hung up before an answer
    private final double[] waited = new double[HourOfWeek.COUNT];    // switchboard: seconds in the queue, everyone
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

    /**
     * One call the switchboard reported (outcome ANSWERED, MISSED or BLOCKED; blocked numbers were refused, not
     * queued, and count nowhere).
     */
    public void addSwitchboardCall(Instant ringingAt, String outcome, Long waitSeconds) {
        if (ringingAt == null || ringingAt.isBefore(hours.get(0).toInstant()) || "BLOCKED".equals(outcome)) {
            return;
        }
        int occurrence = TimeBuckets.HOUR.indexOf(ringingAt, from);
        if (occurrence >= hours.size()) {
            return;
        }
        int slot = HourOfWeek.of(hours.get(occurrence)).index();
        rang[slot]++;
        if ("MISSED".equals(outcome)) {
            abandoned[slot]++;
        }
        if (waitSeconds != null && waitSeconds >= 0 && waitSeconds <= LONGEST_PLAUSIBLE_HANDLE_SECONDS) {
            waited[slot] += waitSeconds;
        }
    }

    /** Calls that rang at the switchboard in this hour (0 where no switchboard reports). */
    public long rang(HourOfWeek hour) {
        return rang[hour.index()];
    }

    /** Share of the calls that rang whose caller hung up before an answer; NaN where none rang. */
    public double abandonment(HourOfWeek hour) {
        return (double) abandoned[hour.index()] / rang[hour.index()];
    }

    /**
     * The callers' mean patience, for Erlang A's exponential model: every second any caller spent waiting over the
     * callers who gave up (the estimate when those who were answered first are censored). NaN until at least
     * {@code minRang} calls rang and one caller gave up: without abandonment there is nothing to estimate.
     */
    public double patienceSeconds(HourOfWeek hour, int minRang) {
        int slot = hour.index();
        if (rang[slot] < minRang || abandoned[slot] == 0 || waited[slot] <= 0) {
            return Double.NaN;
        }
        return waited[slot] / abandoned[slot];
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
