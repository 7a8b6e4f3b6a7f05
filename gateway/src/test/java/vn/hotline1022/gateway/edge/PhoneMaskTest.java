package vn.hotline1022.gateway.edge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/callers/0908158383/history|/api/callers/********83/history",
            "/api/callers/0908.15.83.83/history|/api/callers/********83/history",
            "/api/callers/%2B84908158383/history|/api/callers/%2B*********83/history",
            "/api/callers/0908%20158%20383/history|/api/callers/********83/history",
            "/api/callers/0252-3821-234/history|/api/callers/*********34/history",
            "/api/calls?from=2026-11-25&size=20|/api/calls?from=2026-11-25&size=20",
            "/api/calls/6745a3f2c1/close|/api/calls/6745a3f2c1/close",
            "/api/reports/digests/SO_GTVT/20261125.docx|/api/reports/digests/SO_GTVT/******25.docx",
            "/api/knowledge/search?q=1234567|/api/knowledge/search?q=1234567"})
    void masksRunsOfEightOrMoreDigits(String raw, String logged) {
        assertThat(PhoneMask.mask(raw)).isEqualTo(logged);
    }
}
