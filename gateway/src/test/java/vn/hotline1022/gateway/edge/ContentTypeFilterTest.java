package vn.hotline1022.gateway.edge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypeFilterTest {

    /** Only concrete types with known charsets are usable. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            application/json,                  true
            application/json;charset=UTF-8,    true
            multipart/form-data; boundary=x,   true
            application/json;charset=latin-1,  false
            */*,                               false
            application/*,                     false
            garbage,                           false
            """)
    void usable(String contentType, boolean usable) {
        assertThat(ContentTypeFilter.usable(contentType)).isEqualTo(usable);
    }
}
