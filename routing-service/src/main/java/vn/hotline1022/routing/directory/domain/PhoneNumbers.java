package vn.hotline1022.routing.directory.domain;

import vn.hotline1022.contracts.phone.VietnamesePhoneNumbers;

/**
 * Hotline numbers as the directory keeps them: read by the platform's one parser ({@link VietnamesePhoneNumbers},
 * the same that reads callers' numbers), kept as dialled at home ("0913680916", the form units, transfers and
 * number health have always been stored and keyed by), shown as the letter prints them ("0913.680.916").
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The number as dialled at home (digits only), or null when the text is not a Vietnamese number. */
    public static String normalize(String text) {
        String e164 = VietnamesePhoneNumbers.toE164OrNull(text);
        return e164 == null || !e164.startsWith("+84") ? null : VietnamesePhoneNumbers.national(e164);
    }


    /** The way operators read it aloud: 0913.680.916. */
    public static String display(String digits) {
        if (digits == null || digits.length() < 10) {
            return digits;
        }
        return VietnamesePhoneNumbers.display(digits);
    }

    /** For events and logs: the middle digits hidden, 0913***916. */
    public static String mask(String digits) {
        if (digits == null || digits.length() < 7) {
            return "***";
        }
        return digits.substring(0, 4) + "***" + digits.substring(digits.length() - 3);
    }
}
