package vn.hotline1022.routing.directory.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory keeps E.164 (as intake does), reads what older versions stored and shows what the letter prints. */
class PhoneNumbersTest {

    @Test
    void everyWrittenFormIsKeptInE164() {
        assertThat(PhoneNumbers.normalize("0913.680.916")).isEqualTo("+84913680916");
        assertThat(PhoneNumbers.normalize("0913680916")).isEqualTo("+84913680916");
        assertThat(PhoneNumbers.normalize("+84 913 680 916")).isEqualTo("+84913680916");
        assertThat(PhoneNumbers.normalize("0252.3822.345")).isEqualTo("+842523822345");
        assertThat(PhoneNumbers.normalize("+1 202 555 0100")).isNull();
        assertThat(PhoneNumbers.normalize("CHỜ BỔ SUNG")).isNull();
    }

    @Test
    void storedNationalDigitsReadAsE164AndAnythingElseStaysAsItWas() {
        assertThat(PhoneNumbers.stored("0913680916")).isEqualTo("+84913680916");
        assertThat(PhoneNumbers.stored("+84913680916")).isEqualTo("+84913680916");
        assertThat(PhoneNumbers.stored("1022")).isEqualTo("1022");
        assertThat(PhoneNumbers.stored(null)).isNull();
    }

    @Test
    void peopleReadTheLettersFormAndEventsKeepTheirMask() {
        assertThat(PhoneNumbers.display("+84913680916")).isEqualTo("0913.680.916");
        assertThat(PhoneNumbers.display("+842523822345")).isEqualTo("0252.382.2345");
        assertThat(PhoneNumbers.display(null)).isNull();
        assertThat(PhoneNumbers.mask("+84913680916")).isEqualTo("0913***916");
        assertThat(PhoneNumbers.mask(null)).isEqualTo("***");
    }
}
