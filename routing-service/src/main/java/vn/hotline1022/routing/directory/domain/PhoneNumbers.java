package vn.hotline1022.routing.directory.domain;

import vn.hotline1022.contracts.phone.VietnamesePhoneNumbers;

/**
 * Hotline numbers as the directory keeps them: read by the platform's one parser ({@link VietnamesePhoneNumbers},
 * the same that reads callers' numbers), stored and keyed in E.164 ("+84913680916", as intake stores callers),
 * shown as the letter prints them ("0913.680.916"). Data written before E.164 (national digits, "0913680916") is
 * read through {@link #normalize} into the same form.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The number in E.164, or null when the text is not a Vietnamese number. */
    public static String normalize(String text) {
        String e164 = VietnamesePhoneNumbers.toE164OrNull(text);
        return e164 == null || !e164.startsWith("+84") ? null : e164;
    }

    /** A stored number in E.164 whichever form wrote it; kept as it is when it is no Vietnamese number. */
    public static String stored(String number) {
        String e164 = normalize(number);
        return e164 != null ? e164 : number;
    }

    /** The way operators read it aloud: 0913.680.916. */
    public static String display(String number) {
        return number == null ? null : VietnamesePhoneNumbers.display(number);
    }

    /** The number as dialled at home, 0913680916: the form records stored before E.164 hold. */
    public static String national(String number) {
        return VietnamesePhoneNumbers.national(number);
    }

    /** For events and logs: the middle digits hidden, 0913***916. */
    public static String mask(String number) {
        String digits = national(number);
        if (digits == null || digits.length() < 7) {
            return "***";
        }
        return digits.substring(0, 4) + "***" + digits.substring(digits.length() - 3);
    }
}
