package vn.hotline1022.intake.caller.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hotline1022.intake.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What operators type and switchboards display, and what must be refused. */
class PhoneNumberParserTest {

    private final PhoneNumberParser parser = new PhoneNumberParser("callerNumber", "252");

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
            """)
    void normalisesRealWorldShapes(String raw, String e164) {
        assertThat(parser.parse(raw).e164()).isEqualTo(e164);
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
    void refusesGarbageNamingTheField(String raw) {
        assertThatThrownBy(() -> parser.parse(raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("callerNumber");
    }

    @Test
    void missingNumberIsRefused() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ẩn số");
    }

    @Test
    void localNumbersNeedAHomeAreaCode() {
        PhoneNumberParser noHome = new PhoneNumberParser("phone", null);
        assertThatThrownBy(() -> noHome.parse("3822123")).isInstanceOf(InvalidValueException.class);
        assertThat(noHome.parse("0908158383").e164()).isEqualTo("+84908158383");
    }

    @Test
    void maskingHidesTheMiddleDigits() {
        PhoneNumber number = parser.parse("0908 158 383");
        assertThat(number.masked()).isEqualTo("+8490****383").doesNotContain("158");
        assertThat(number.toString()).isEqualTo(number.masked());
        assertThat(PhoneNumber.mask("+842523822123")).isEqualTo("+8425*****123");
    }

    @Test
    void withheldExcludesANumber() {
        assertThat(CallerIdentity.of(null, true, parser)).isNull();
        assertThat(CallerIdentity.of("0908158383", false, parser).e164()).isEqualTo("+84908158383");
        assertThatThrownBy(() -> CallerIdentity.of("0908158383", true, parser))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ẩn số");
        assertThatThrownBy(() -> CallerIdentity.of("", null, parser)).isInstanceOf(InvalidValueException.class);
    }
}
