package vn.hotline1022.support.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldOrderTest {

    record Form(String callerNumber, String channel, List<String> topics, String question) {
    }

    @Test
    void followsTheRecordsComponents() {
        Form form = new Form(null, null, null, null);
        assertThat(FieldOrder.of(form, "callerNumber")).isZero();
        assertThat(FieldOrder.of(form, "topics[2]")).isEqualTo(2);
        assertThat(FieldOrder.of(form, "question")).isEqualTo(3);
    }

    @Test
    void putsWhatItCannotPlaceLast() {
        assertThat(FieldOrder.of(new Form(null, null, null, null), "other")).isEqualTo(Integer.MAX_VALUE);
        assertThat(FieldOrder.of("not a record", "x")).isEqualTo(Integer.MAX_VALUE);
        assertThat(FieldOrder.of(null, "x")).isEqualTo(Integer.MAX_VALUE);
    }
}
