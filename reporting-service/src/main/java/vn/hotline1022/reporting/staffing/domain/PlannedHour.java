package vn.hotline1022.reporting.staffing.domain;

import java.time.DayOfWeek;

/**
 * One hour of the week over a date range. {@code occurrences}: how many times the range contains this hour (0 when
 * the range is shorter than a week and misses it); {@code callsPerHour} and {@code operatorsWorked} are averages over
 * those occurrences. {@code operatorsNeeded} is Erlang C's answer for that average ({@code estimate} has its other
 * figures); both are null only when the hour had calls and the range has no handle time at all. {@code gap} =
 * operators who worked − operators needed: negative when the desk was short. {@code model}: ERLANG_A where the
 * switchboard reported enough calls and some callers gave up ({@code abandonment}, {@code patienceSeconds}: their
 * mean patience), else ERLANG_C; {@code rang}: the calls that rang at the switchboard, the callers who gave up
 * included (0 without a switchboard).
 */
public record PlannedHour(DayOfWeek dayOfWeek, int hour, int occurrences, long calls, double callsPerHour,
                          long closedCalls, Double averageHandleSeconds, HandleTimeBasis handleTimeBasis,
                          Integer operatorsNeeded, double operatorsWorked, Double gap, Estimate estimate,
                          String model, long rang, Double abandonment, Double patienceSeconds) {
}
