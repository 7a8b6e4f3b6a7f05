package vn.hotline1022.routing.directory.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory keeps E.164 (as intake does), reads what older versions stored and shows what the letter prints. */
class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(nullValues = "none", value = {
            "0913.680.916, +84913680916", "0913680916, +84913680916", "+84 913 680 916, +84913680916",
            "0252.3822.345, +842523822345", "+1 202 555 0100, none", "CHỜ BỔ SUNG, none"})
    void everyWrittenFormIsKeptInE164(String written, String kept) {
        assertThat(PhoneNumbers.normalize(written)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "stored {0} reads as {1}")
    @CsvSource(nullValues = "none", value = {
            "0913680916, +84913680916", "+84913680916, +84913680916", "1022, 1022", "none, none"})
    void storedNationalDigitsReadAsE164AndAnythingElseStaysAsItWas(String stored, String read) {
        assertThat(PhoneNumbers.stored(stored)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} shows as {1}, masked {2}")
    @CsvSource(nullValues = "none", value = {
            "+84913680916, 0913.680.916, 0913***916", "+842523822345, 0252.382.2345, 0252***345",
            "none, none, ***"})
    void peopleReadTheLettersFormAndEventsKeepTheirMask(String number, String shown, String masked) {
        assertThat(PhoneNumbers.display(number)).isEqualTo(shown);
        assertThat(PhoneNumbers.mask(number)).isEqualTo(masked);
    }
}
