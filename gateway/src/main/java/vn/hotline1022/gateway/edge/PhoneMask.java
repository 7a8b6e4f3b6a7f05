package vn.hotline1022.gateway.edge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides phone numbers in anything the gateway logs: a run of 8 or more digits, also when written with dots, spaces,
 * dashes or URL-encoded separators ("0908.15.83.83", "%2B84908158383"), keeps only its last two digits. ISO dates (2026-11-25) are left alone.
 */
public final class PhoneMask {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:(?:[.\\-\\s+]|%20|%2B|%2b)?\\d)+");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PhoneMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String digits = run.replaceAll("%2[0Bb]", "").replaceAll("\\D", "");
            boolean date = ISO_DATE.matcher(run).matches();
            String replacement = digits.length() >= 8 && !date ? "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2) : run;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
