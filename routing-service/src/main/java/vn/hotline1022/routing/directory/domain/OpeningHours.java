package vn.hotline1022.routing.directory.domain;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "24/7" (the letter's default) or a daily window "07:00-17:00"; a window may run past midnight. */
public record OpeningHours(LocalTime from, LocalTime to) {

    public static final String ALWAYS_TEXT = "24/7";
    private static final Pattern WINDOW = Pattern.compile("^([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)$");

    public static boolean isValid(String text) {
        return text == null || ALWAYS_TEXT.equals(text) || WINDOW.matcher(text).matches();
    }

    public static OpeningHours parse(String text) {
        if (text == null || ALWAYS_TEXT.equals(text)) {
            return new OpeningHours(null, null);
        }
        Matcher m = WINDOW.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("hours: " + text);
        }
        return new OpeningHours(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
    }

    public boolean isOpenAt(LocalTime time) {
        if (from == null) {
            return true;
        }
        if (!from.isAfter(to)) {
            return !time.isBefore(from) && time.isBefore(to);
        }
        return !time.isBefore(from) || time.isBefore(to);
    }
}
