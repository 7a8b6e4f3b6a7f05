package vn.hotline1022.intake.caller.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hotline1022.intake.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake's reading of a caller's number: the platform's parser (its full table is contracts'
 * VietnamesePhoneNumbersTest) with the request field named when a number is refused.
 */
class PhoneNumberParserTest {

    private final PhoneNumberParser parser = new PhoneNumberParser("callerNumber", "252");

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            0908.15.83.83            | +84908158383
            01689 123 456            | +84389123456
            3822123                  | +842523822123
            +1 202 555 0123          | +12025550123
            """)
    void normalisesRealWorldShapes(String raw, String e164) {
        assertThat(parser.parse(raw).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            abc
            1022
            0908158383#
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
