package vn.hotline1022.knowledge.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a Vietnamese desk types them: 22/08/2021 (day first, also with "-" or "." and without leading zeros), or
 * 2021-08-22, or an ISO instant. A date alone is the start of that day in Vietnam (UTC+7).
 */
public final class DeskDates {

    public static final String FORMATS = "dd/MM/yyyy, yyyy-MM-dd";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private DeskDates() {
    }

    /** @throws DateTimeParseException when the text is none of the accepted forms or not a real day */
    public static Instant parse(String text) {
        String t = text.trim();
        Matcher m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    .atStartOfDay(VIETNAM).toInstant();
        }
        if (t.length() <= 10) {
            return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(VIETNAM).toInstant();
        }
        return Instant.parse(t);
    }

    /** The same, as a local date (for "valid until" style fields). */
    public static boolean isDateOnly(String text) {
        String t = text.trim();
        return DAY_FIRST.matcher(t).matches() || t.length() <= 10;
    }
}
