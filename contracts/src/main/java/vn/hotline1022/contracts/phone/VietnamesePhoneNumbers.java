package vn.hotline1022.contracts.phone;

import java.util.Map;

/**
 * The one reading of phone numbers for every service: what operators type, switchboards display and letters
 * print, turned into E.164 (the form stored and carried in events). Vietnamese numbers: mobile 03/05/07/08/09 + 8
 * digits, landline 02xx (10 digits after the trunk 0); also the shapes that still circulate: +84 with a stray trunk
 * 0, 0084, a leading 0 lost by a spreadsheet, pre-2018 11-digit mobiles (016x → 03x…), the old Bình Thuận area code
 * 062, and 7-digit local landlines (the home area code, when given, is prepended). Foreign numbers only with + or 00.
 * Plain Java, so a domain may use it; Google's libphonenumber is not available to this build.
 */
public final class VietnamesePhoneNumbers {

    /** Pre-2018 mobile prefixes (without trunk 0) and what they became. */
    private static final Map<String, String> OLD_MOBILE_PREFIXES = Map.ofEntries(
            Map.entry("162", "32"), Map.entry("163", "33"), Map.entry("164", "34"), Map.entry("165", "35"),
            Map.entry("166", "36"), Map.entry("167", "37"), Map.entry("168", "38"), Map.entry("169", "39"),
            Map.entry("120", "70"), Map.entry("121", "79"), Map.entry("122", "77"), Map.entry("126", "76"),
            Map.entry("128", "78"), Map.entry("123", "83"), Map.entry("124", "84"), Map.entry("125", "85"),
            Map.entry("127", "81"), Map.entry("129", "82"), Map.entry("186", "56"), Map.entry("188", "58"),
            Map.entry("199", "59"));

    private VietnamesePhoneNumbers() {
    }

    /**
     * @param homeAreaCode area code without trunk 0 (e.g. "252") for 7-digit local numbers; null to refuse them
     * @return the number in E.164, e.g. {@code +84913680916}
     * @throws InvalidPhoneNumberException with the reason, for the caller to word in its own language
     */
    public static String toE164(String raw, String homeAreaCode) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.MISSING);
        }
        String home = homeAreaCode == null || homeAreaCode.isBlank() ? null : homeAreaCode.trim();
        String text = raw.strip().replace('\u00A0', ' ');
        if (text.regionMatches(true, 0, "tel:", 0, 4)) {
            text = text.substring(4);
        }
        text = text.replace("(0)", "").replaceFirst("^\\(\\+([0-9]{1,3})\\)", "+$1 ");
        if (!text.matches("\\+?[0-9 .\\-()/]+")) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.CHARACTERS);
        }
        boolean international = text.startsWith("+");
        String digits = text.replaceAll("[^0-9]", "");
        if (!international && digits.startsWith("00")) {
            international = true;
            digits = digits.substring(2);
        }
        String national = international ? afterCountryCode(digits) : withoutTrunk(digits, home);
        if (national == null) {
            return foreign(digits);
        }
        return "+84" + vietnamese(national);
    }

    /** The E.164 form, or null when the text is no number (for stored data of either form and lenient reads). */
    public static String toE164OrNull(String raw) {
        try {
            return toE164(raw, null);
        } catch (InvalidPhoneNumberException notANumber) {
            return null;
        }
    }

    /** A Vietnamese number as dialled at home: {@code +84913680916} → {@code 0913680916}; others unchanged. */
    public static String national(String e164) {
        return e164 != null && e164.startsWith("+84") ? "0" + e164.substring(3) : e164;
    }

    /**
     * The way the province's letters print a number and operators read it aloud: {@code 0913.680.916}
     * (landlines {@code 0252.382.2123}); a foreign number stays in E.164.
     */
    public static String display(String e164) {
        String national = national(e164);
        if (national == null || !national.startsWith("0") || national.length() < 10) {
            return national;
        }
        return national.substring(0, 4) + "." + national.substring(4, 7) + "." + national.substring(7);
    }

    private static String afterCountryCode(String digits) {
        if (!digits.startsWith("84")) {
            return null;
        }
        String national = digits.substring(2);
        return national.startsWith("0") ? national.substring(1) : national;
    }

    private static String withoutTrunk(String digits, String home) {
        if (digits.startsWith("0")) {
            return digits.substring(1);
        }
        if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
            return digits.substring(2);
        }
        if (home != null && digits.length() == 10 - home.length() && digits.charAt(0) != '0') {
            return home + digits;
        }
        return digits; // a leading 0 lost on the way (spreadsheets): judged as a national number below
    }

    private static String vietnamese(String national) {
        String n = national;
        if (n.length() == 10 && OLD_MOBILE_PREFIXES.containsKey(n.substring(0, 3))) {
            n = OLD_MOBILE_PREFIXES.get(n.substring(0, 3)) + n.substring(3);
        } else if (n.length() == 9 && n.startsWith("62")) {
            n = "252" + n.substring(2); // Bình Thuận's area code before 2017
        }
        boolean mobile = n.length() == 9 && "35789".indexOf(n.charAt(0)) >= 0;
        boolean landline = n.length() == 10 && n.charAt(0) == '2';
        if (!mobile && !landline) {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.NOT_A_NUMBER);
        }
        return n;
    }

    private static String foreign(String digits) {
        if (digits.length() < 8 || digits.length() > 15 || digits.charAt(0) == '0') {
            throw new InvalidPhoneNumberException(InvalidPhoneNumberException.Reason.NOT_A_NUMBER);
        }
        return "+" + digits;
    }
}
