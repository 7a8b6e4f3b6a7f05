package vn.hotline1022.reporting.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days and hours as the province lives them: a "day" of calls is a day in Bình Thuận, not in UTC. */
public final class ProvinceTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceTime() {
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** Exclusive end of an inclusive date range. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static int hourOf(Instant instant) {
        return instant.atZone(ZONE).getHour();
    }
}
