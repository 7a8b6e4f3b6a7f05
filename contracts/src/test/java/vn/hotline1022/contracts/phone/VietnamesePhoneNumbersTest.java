package vn.hotline1022.contracts.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform's one reading of phone numbers, checked against intake's table of what operators type and
 * switchboards display (moved here from intake's PhoneNumberParserTest) and the directory's numbers as the
 * province's letters print them (routing), which the two services used to read with parsers of their own.
 */
class VietnamesePhoneNumbersTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0908.15.83.83            | +84908158383
            0908 158 383             | +84908158383
            0908158383               | +84908158383
            0908-158-383             | +84908158383
            +84908158383             | +84908158383
            84908158383              | +84908158383
            +84 908 158 383          | +84908158383
            "  +84 908 158 383  "    | +84908158383
            +84 (0) 908 158 383      | +84908158383
            +84 0908 158 383         | +84908158383
            0084 908 158 383         | +84908158383
            (+84) 908-158-383        | +84908158383
            908158383                | +84908158383
            tel:+84908158383         | +84908158383
            0908 158 383             | +84908158383
            0352 123 456             | +84352123456
            0562.345.678             | +84562345678
            0765 432 109             | +84765432109
            0812-345-678             | +84812345678
            01689 123 456            | +84389123456
            +84 1689 123 456         | +84389123456
            0121 234 5678            | +84792345678
            0252 3822 123            | +842523822123
            0252.3.822.123           | +842523822123
            (0252) 3822123           | +842523822123
            +84 252 3822 123         | +842523822123
            842523822123             | +842523822123
            3822123                  | +842523822123
            062 3822 123             | +842523822123
            024 3825 1234            | +842438251234
            028 3829 1234            | +842838291234
            2523822123               | +842523822123
            +1 202 555 0123          | +12025550123
            0061 2 9374 4000         | +61293744000
                        0913.680.916             | +84913680916
            0913 680 916             | +84913680916
            +84913680916             | +84913680916
            0252.3822.123            | +842523822123
            (0252) 3.822.123         | +842523822123
            """)
    void normalisesRealWorldShapes(String raw, String e164) {
        assertThat(VietnamesePhoneNumbers.toE164(raw, "252")).isEqualTo(e164);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            abc
            "   "
            0908 158 38
            0908 158 38 34
            090815838312
            0108 158 383
            0408 158 383
            0608 158 383
            1022
            113
            +84 1022
            0908 158 383 máy lẻ 12
            0908158383#
            +84+908158383
            0908*158*383
            +0908158383
            ++84908158383
            +84 908 158 383 9
                        """)
    void refusesGarbage(String raw) {
        assertThatThrownBy(() -> VietnamesePhoneNumbers.toE164(raw, "252"))
                .isInstanceOf(InvalidPhoneNumberException.class);
        assertThat(VietnamesePhoneNumbers.toE164OrNull(raw)).isNull();
    }

    @Test
    void saysWhyANumberIsRefused() {
        assertThatThrownBy(() -> VietnamesePhoneNumbers.toE164(null, null)).isInstanceOf(InvalidPhoneNumberException.class)
                .extracting(e -> ((InvalidPhoneNumberException) e).reason()).isEqualTo(InvalidPhoneNumberException.Reason.MISSING);
        assertThatThrownBy(() -> VietnamesePhoneNumbers.toE164("0908158383#", null))
                .extracting(e -> ((InvalidPhoneNumberException) e).reason()).isEqualTo(InvalidPhoneNumberException.Reason.CHARACTERS);
        assertThatThrownBy(() -> VietnamesePhoneNumbers.toE164("1022", null))
                .extracting(e -> ((InvalidPhoneNumberException) e).reason()).isEqualTo(InvalidPhoneNumberException.Reason.NOT_A_NUMBER);
    }

    @Test
    void localNumbersNeedAHomeAreaCode() {
        assertThatThrownBy(() -> VietnamesePhoneNumbers.toE164("3822123", null)).isInstanceOf(InvalidPhoneNumberException.class);
        assertThat(VietnamesePhoneNumbers.toE164("3822123", "252")).isEqualTo("+842523822123");
    }

    /** Intake answered +84908158383 and the directory 0913.680.916 for the same kind of number: now one reading. */
    @ParameterizedTest(name = "[{index}] {0} is shown as {1}, dialled at home as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            +84913680916   | 0913.680.916  | 0913680916
            0913680916     | 0913.680.916  | 0913680916
            +842523822123  | 0252.382.2123 | 02523822123
            02523822123    | 0252.382.2123 | 02523822123
            +12025550123   | +12025550123  | +12025550123
            """)
    void showsANumberAsTheLettersPrintIt(String stored, String display, String national) {
        assertThat(VietnamesePhoneNumbers.display(stored)).isEqualTo(display);
        assertThat(VietnamesePhoneNumbers.national(stored)).isEqualTo(national);
    }
}
