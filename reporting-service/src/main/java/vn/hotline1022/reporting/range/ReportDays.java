package vn.hotline1022.reporting.range;

import vn.hotline1022.support.web.InvalidFieldException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, from and to as the query names them: to not before from, and not more days than one
 * answer should hold (a year, unless the report says less). Both refusals name the field {@code to}.
 */
public final class ReportDays {

    public static final int MAX_DAYS = 366;

    private ReportDays() {
    }

    /** @return {@code to}, once checked against at most a year */
    public static LocalDate checked(LocalDate from, LocalDate to) {
        return checked(from, to, MAX_DAYS, "reporting.range.max-days", MAX_DAYS);
    }

    /** @param tooLong the message code (and its arguments) for a range over {@code maxDays} */
    public static LocalDate checked(LocalDate from, LocalDate to, int maxDays, String tooLong, Object... args) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "reporting.range.end-before-start");
        }
        if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
            throw new InvalidFieldException("to", tooLong, args);
        }
        return to;
    }
}
