package vn.hotline1022.intake.caller.domain;

import java.util.Objects;

/** A caller number in E.164 ({@code +84908158383}); the only form ever stored or compared. */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!e164.matches("\\+[1-9][0-9]{7,14}")) {
            throw new IllegalArgumentException("not E.164");
        }
    }

    /** For logs and events: country code, first two digits and last three kept, the middle hidden. */
    public String masked() {
        return mask(e164);
    }

    public static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "***";
        }
        int keepHead = 5;
        int keepTail = 3;
        return number.substring(0, keepHead) + "*".repeat(number.length() - keepHead - keepTail)
                + number.substring(number.length() - keepTail);
    }

    @Override
    public String toString() {
        return masked();
    }
}
