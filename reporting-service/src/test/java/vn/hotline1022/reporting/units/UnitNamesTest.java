package vn.hotline1022.reporting.units;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Units are addressed by their names in the digest; a code with no known name stays as it is. */
class UnitNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            SO_GTVT,       Sở Giao thông vận tải
            UBND_LA_GI,    Ủy ban nhân dân thị xã La Gi
            TTYT_HAM_TAN,  Trung tâm Y tế huyện Hàm Tân
            UNIT_X,        UNIT_X
            """)
    void aUnitIsAddressedByItsName(String code, String name) {
        assertThat(UnitNames.of(code)).isEqualTo(name);
    }
}
