package vn.hotline1022.routing.directory.domain;

import java.util.regex.Pattern;

/** Vietnamese phone numbers as the letter writes them ("0913.680.916") and as we store them (digits only). */
public final class PhoneNumbers {

    private static final Pattern VALID = Pattern.compile("^0\\d{9,10}$");

    private PhoneNumbers() {
    }

    /** Digits only, or null when the text is not a Vietnamese number. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return VALID.matcher(digits).matches() ? digits : null;
    }

    /** The way operators read it aloud: 0913.680.916. */
    public static String display(String digits) {
        if (digits == null || digits.length() < 10) {
            return digits;
        }
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    /** For events and logs: the middle digits hidden, 0913***916. */
    public static String mask(String digits) {
        if (digits == null || digits.length() < 7) {
            return "***";
        }
        return digits.substring(0, 4) + "***" + digits.substring(digits.length() - 3);
    }
}
