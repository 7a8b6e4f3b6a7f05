package vn.hotline1022.support.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMessagesTest {

    @Test
    void argumentsAreInsertedAsTheyAreAndOtherBracesStay() {
        assertThat(new ApiException(409, "conflict", "test.with-args", 1234567, "OPEN").getMessage())
                .isEqualTo("Kiến nghị 1234567 không còn mở (OPEN), dạng UBND_{locality}");
        assertThat(ProblemMessages.text("test.with-args", true, 1234567, "OPEN"))
                .isEqualTo("Escalation 1234567 is no longer open (OPEN), as UBND_{locality}");
    }

    @Test
    void anUnknownCodeFallsBackToTheProblemCodesText() {
        ApiException e = new InvalidFieldException("x", "test.no-such-code");
        assertThat(e.text(false)).isEqualTo("Giá trị không hợp lệ.");
        assertThat(e.text(true)).isEqualTo("Invalid value.");
        assertThat(e.getMessage()).isEqualTo("test.no-such-code");
    }

    @Test
    void statusErrorsKeepTheCodesResponseStatusExceptionGave() {
        assertThat(ApiException.ofStatus(404, "test.with-args").code()).isEqualTo("not-found");
        assertThat(ApiException.ofStatus(403, "test.with-args").code()).isEqualTo("forbidden");
        assertThat(ApiException.ofStatus(409, "test.with-args").code()).isEqualTo("status-409");
    }

    @Test
    void bothSharedBundlesHaveTheSameCodes() {
        assertThat(ProblemMessages.codes(true)).isEqualTo(ProblemMessages.codes(false));
    }
}
