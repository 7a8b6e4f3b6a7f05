package vn.hotline1022.reporting.staffing.domain;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;

/** One of the 168 hours of a week, Monday 00:00 first, as the province's clocks show it. */
public record HourOfWeek(DayOfWeek dayOfWeek, int hour) {

    public static final int COUNT = 7 * 24;

    public HourOfWeek {
        if (dayOfWeek == null || hour < 0 || hour > 23) {
            throw new IllegalArgumentException("a day of the week and an hour 0-23 are required");
        }
    }

    public static HourOfWeek of(ZonedDateTime at) {
        return new HourOfWeek(at.getDayOfWeek(), at.getHour());
    }

    public static HourOfWeek ofIndex(int index) {
        return new HourOfWeek(DayOfWeek.of(index / 24 + 1), index % 24);
    }

    public int index() {
        return (dayOfWeek.getValue() - 1) * 24 + hour;
    }
}
