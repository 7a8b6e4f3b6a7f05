package vn.hotline1022.reporting.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Hour or day buckets in the province's time zone, computed in Java: the embedded MongoDB has no
 * {@code $dateTrunc}, and bucketing here gives the same answer on both databases (empty buckets included).
 */
public enum TimeBuckets {
    HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    TimeBuckets(ChronoUnit unit) {
        this.unit = unit;
    }

    public static TimeBuckets parse(String interval) {
        return switch (interval == null ? "" : interval.toLowerCase()) {
            case "hour" -> HOUR;
            case "day" -> DAY;
            default -> throw new IllegalArgumentException("interval must be hour or day");
        };
    }

    /** Bucket starts covering the inclusive date range. */
    public List<ZonedDateTime> starts(LocalDate from, LocalDate to) {
        List<ZonedDateTime> starts = new ArrayList<>();
        ZonedDateTime end = to.plusDays(1).atStartOfDay(ProvinceTime.ZONE);
        for (ZonedDateTime t = from.atStartOfDay(ProvinceTime.ZONE); t.isBefore(end); t = t.plus(1, unit)) {
            starts.add(t);
        }
        return starts;
    }

    /** Index of the bucket holding {@code at}, counted from the start of {@code from}. */
    public int indexOf(Instant at, LocalDate from) {
        ZonedDateTime start = from.atStartOfDay(ProvinceTime.ZONE);
        return (int) unit.between(start, at.atZone(ProvinceTime.ZONE));
    }
}
