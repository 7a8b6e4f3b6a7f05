package vn.hotline1022.routing.transfer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as switchboards send them, read as the directory writes them (E.164). */
class SwitchboardDialsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            +84 913 680 916,  +84913680916
            84913680916,      +84913680916
            0084913680916,    +84913680916
            90913680916,      +84913680916
            0252.3822.345,    +842523822345
            """)
    void aDialledNumberIsReadAsTheDirectoryWritesIt(String sent, String read) {
        assertThat(SwitchboardDials.dialled(sent)).contains(read);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = "1022")
    void aNumberNoUnitCanHaveIsNoDial(String sent) {
        assertThat(SwitchboardDials.dialled(sent)).isEmpty();
    }
}
