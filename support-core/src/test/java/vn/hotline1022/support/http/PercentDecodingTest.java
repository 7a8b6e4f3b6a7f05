package vn.hotline1022.support.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentDecodingTest {

    @Test
    void strictDecodingRefusesWhatIsNotUtf8() {
        assertThat(PercentDecoding.decode("kh%C3%A1m+b%E1%BB%87nh")).isEqualTo("khám bệnh");
        assertThat(PercentDecoding.decode("plain")).isEqualTo("plain");
        assertThat(PercentDecoding.decode("%FF")).isNull();
        assertThat(PercentDecoding.decode("%E0%80%80")).isNull();   // overlong
        assertThat(PercentDecoding.decode("%")).isNull();
        assertThat(PercentDecoding.decode("%zz")).isNull();
        assertThat(PercentDecoding.decode("50%2")).isNull();
        assertThat(PercentDecoding.decodes("/api/calls/%41")).isTrue();
    }
}
