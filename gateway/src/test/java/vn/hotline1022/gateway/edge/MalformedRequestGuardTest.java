package vn.hotline1022.gateway.edge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedRequestGuardTest {

    /** Accepts what Spring can parse and refuses the rest. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            /api/knowledge/search?q=ti%E1%BB%87m+ch%E1%BB%A7ng,  true
            /api/calls?from[]=1,                                 true
            /api/calls/[],                                       false
            /api/calls?page={},                                  false
            /public/answers?page=%FF,                            false
            /api/knowledge/suggest?q=%E0%80%80,                  false
            /api/transfers/%,                                    false
            /api/transfers/%zz,                                  false
            '',                                                  false
            """)
    void wellFormed(String uri, boolean wellFormed) {
        assertThat(MalformedRequestGuard.wellFormed(uri)).isEqualTo(wellFormed);
    }
}
