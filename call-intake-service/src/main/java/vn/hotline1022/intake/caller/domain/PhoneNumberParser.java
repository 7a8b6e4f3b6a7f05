package vn.hotline1022.intake.caller.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.util.Map;

/**
 * Turns what operators type and switchboards display into E.164. Vietnamese numbers: mobile 03/05/07/08/09 + 8
 * digits, landline 02xx (10 digits after the trunk 0); also the shapes that still circulate: +84 with a stray trunk
 * 0, 0084, a leading 0 lost by a spreadsheet, pre-2018 11-digit mobiles (016x → 03x…), the old Bình Thuận area code
 * 062, and 7-digit local landlines (the configured home area code is prepended). Foreign numbers only with + or 00.
 */
public final class PhoneNumberParser {

    private static final String INVALID = "intake.phone.invalid";

    /** Pre-2018 mobile prefixes (without trunk 0) and what they became. */
    private static final Map<String, String> OLD_MOBILE_PREFIXES = Map.ofEntries(
            Map.entry("162", "32"), Map.entry("163", "33"), Map.entry("164", "34"), Map.entry("165", "35"),
            Map.entry("166", "36"), Map.entry("167", "37"), Map.entry("168", "38"), Map.entry("169", "39"),
            Map.entry("120", "70"), Map.entry("121", "79"), Map.entry("122", "77"), Map.entry("126", "76"),
            Map.entry("128", "78"), Map.entry("123", "83"), Map.entry("124", "84"), Map.entry("125", "85"),
            Map.entry("127", "81"), Map.entry("129", "82"), Map.entry("186", "56"), Map.entry("188", "58"),
            Map.entry("199", "59"));

    private final String field;
    private final String homeAreaCode;

    /** @param homeAreaCode area code without trunk 0 (e.g. "252"), used for local numbers; null to refuse them */
    public PhoneNumberParser(String field, String homeAreaCode) {
        this.field = field;
        this.homeAreaCode = homeAreaCode == null || homeAreaCode.isBlank() ? null : homeAreaCode.trim();
    }

    public PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("intake.phone.required");
        }
        String text = raw.strip().replace('\u00A0', ' ');
        if (text.regionMatches(true, 0, "tel:", 0, 4)) {
            text = text.substring(4);
        }
        text = text.replace("(0)", "").replaceFirst("^\\(\\+([0-9]{1,3})\\)", "+$1 ");
        if (!text.matches("\\+?[0-9 .\\-()/]+")) {
            throw invalid("intake.phone.characters");
        }
        boolean international = text.startsWith("+");
        String digits = text.replaceAll("[^0-9]", "");
        if (!international && digits.startsWith("00")) {
            international = true;
            digits = digits.substring(2);
        }
        String national = international ? afterCountryCode(digits) : withoutTrunk(digits);
        if (national == null) {
            return foreign(digits);
        }
        return new PhoneNumber("+84" + vietnamese(national));
    }

    private static String afterCountryCode(String digits) {
        if (!digits.startsWith("84")) {
            return null;
        }
        String national = digits.substring(2);
        return national.startsWith("0") ? national.substring(1) : national;
    }

    private String withoutTrunk(String digits) {
        if (digits.startsWith("0")) {
            return digits.substring(1);
        }
        if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
            return digits.substring(2);
        }
        if (homeAreaCode != null && digits.length() == 10 - homeAreaCode.length() && digits.charAt(0) != '0') {
            return homeAreaCode + digits;
        }
        return digits; // a leading 0 lost on the way (spreadsheets): judged as a national number below
    }

    private String vietnamese(String national) {
        String n = national;
        if (n.length() == 10 && OLD_MOBILE_PREFIXES.containsKey(n.substring(0, 3))) {
            n = OLD_MOBILE_PREFIXES.get(n.substring(0, 3)) + n.substring(3);
        } else if (n.length() == 9 && n.startsWith("62")) {
            n = "252" + n.substring(2); // Bình Thuận's area code before 2017
        }
        boolean mobile = n.length() == 9 && "35789".indexOf(n.charAt(0)) >= 0;
        boolean landline = n.length() == 10 && n.charAt(0) == '2';
        if (!mobile && !landline) {
            throw invalid(INVALID);
        }
        return n;
    }

    private PhoneNumber foreign(String digits) {
        if (digits.length() < 8 || digits.length() > 15 || digits.charAt(0) == '0') {
            throw invalid(INVALID);
        }
        return new PhoneNumber("+" + digits);
    }

    private InvalidValueException invalid(String message) {
        return new InvalidValueException(field, message);
    }
}
