package vn.hotline1022.reporting.staffing;

import vn.hotline1022.reporting.staffing.domain.PlannedHour;

import java.time.LocalDate;
import java.util.List;

/**
 * Operators needed and operators who worked, for each of the 168 hours of the week (Monday 00:00 first, province
 * time), over the calls received between {@code from} and {@code to} inclusive. {@code averageHandleSeconds} is the
 * range's mean, used for hours with fewer than {@code minClosedCallsPerHour} closed calls of their own (null when no
 * call of the range is closed yet).
 */
public record WeeklyStaffing(LocalDate from, LocalDate to, double serviceLevel, int answerWithinSeconds, long calls,
                             long closedCalls, Double averageHandleSeconds, int minClosedCallsPerHour,
                             List<PlannedHour> hours) {
}
