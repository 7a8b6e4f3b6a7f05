package vn.hotline1022.intake.call.domain;

import org.junit.jupiter.api.Test;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.Topic;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallRulesTest {

    private static final Instant NOW = Instant.parse("2021-08-26T03:00:00Z");
    private static final Locality HAM_TAN = new Locality("HAM_TAN", "Huyện Hàm Tân", "DISTRICT", false);
    private static final Locality OTHER = new Locality("OTHER_PROVINCE", "Tỉnh khác", "OTHER_PROVINCE", true);
    private static final Topic TRAVEL = new Topic("TRAVEL_TRANSPORT", "Giao thông, đi lại", null);
    private static final PhoneNumber CALLER = new PhoneNumber("+84908158383");

    private static Call open(Instant startedAt) {
        return NewCall.open("c1", CALLER, Channel.PHONE, HAM_TAN, null, TRAVEL, "  Đi Hàm Tân cần giấy tờ gì?  ",
                null, "tdv01", startedAt, NOW, false);
    }

    private static Closing closing(Outcome outcome, String kb, String unit) {
        return new Closing(outcome, kb, unit, null, null, null, "tdv01");
    }

    @Test
    void opensWithTrimmedQuestionAndNowAsStart() {
        Call call = open(null);
        assertThat(call.question()).isEqualTo("Đi Hàm Tân cần giấy tờ gì?");
        assertThat(call.startedAt()).isEqualTo(NOW);
        assertThat(call.status()).isEqualTo(CallStatus.OPEN);
        assertThat(call.withheld()).isFalse();
    }

    @Test
    void questionIsRequiredAndAtMost4000Chars() {
        assertThatThrownBy(() -> NewCall.open("c", CALLER, Channel.PHONE, HAM_TAN, null, TRAVEL, "   ", null, "o",
                null, NOW, false)).isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "question");
        String max = "a".repeat(4000);
        assertThat(NewCall.open("c", CALLER, Channel.PHONE, HAM_TAN, null, TRAVEL, max, null, "o", null, NOW, false)
                .question()).hasSize(4000);
        assertThatThrownBy(() -> NewCall.open("c", CALLER, Channel.PHONE, HAM_TAN, null, TRAVEL, max + "b", null, "o",
                null, NOW, false)).hasFieldOrPropertyWithValue("field", "question");
    }

    @Test
    void anotherProvinceMustBeNamed() {
        assertThatThrownBy(() -> NewCall.open("c", CALLER, Channel.PHONE, OTHER, " ", TRAVEL, "q", null, "o", null,
                NOW, false)).hasFieldOrPropertyWithValue("field", "provinceName");
        assertThat(NewCall.open("c", CALLER, Channel.PHONE, OTHER, "TP. Hồ Chí Minh", TRAVEL, "q", null, "o", null,
                NOW, false).provinceName()).isEqualTo("TP. Hồ Chí Minh");
    }

    @Test
    void startMustBeRecentAndNotInTheFuture() {
        assertThatThrownBy(() -> open(NOW.plusSeconds(600))).hasFieldOrPropertyWithValue("field", "startedAt");
        assertThatThrownBy(() -> open(NOW.minusSeconds(25 * 3600))).hasFieldOrPropertyWithValue("field", "startedAt");
        assertThat(open(NOW.minusSeconds(60)).startedAt()).isEqualTo(NOW.minusSeconds(60));
    }

    @Test
    void withheldCallerIsNeverARepeatCaller() {
        Call withheld = NewCall.open("c", null, Channel.PHONE, HAM_TAN, null, TRAVEL, "q", null, "o", null, NOW, true);
        assertThat(withheld.withheld()).isTrue();
        assertThat(withheld.withRepeatCaller(true).repeatCaller()).isFalse();
        assertThat(open(null).withRepeatCaller(true).repeatCaller()).isTrue();
    }

    @Test
    void closingDerivesHandleTime() {
        Call closed = open(NOW.minusSeconds(185)).close(closing(Outcome.INFORMATION_ONLY, null, null), NOW);
        assertThat(closed.handleSeconds()).isEqualTo(185);
        assertThat(closed.endedAt()).isEqualTo(NOW);
        assertThat(closed.status()).isEqualTo(CallStatus.CLOSED);
    }

    @Test
    void closingTwiceIsAConflict() {
        Call closed = open(null).close(closing(Outcome.DROPPED, null, null), NOW);
        assertThatThrownBy(() -> closed.close(closing(Outcome.DROPPED, null, null), NOW))
                .isInstanceOf(CallAlreadyClosedException.class);
    }

    @Test
    void endMayNotPrecedeStart() {
        Closing early = new Closing(Outcome.DROPPED, null, null, null, null, NOW.minusSeconds(10), "o");
        assertThatThrownBy(() -> open(NOW).close(early, NOW)).hasFieldOrPropertyWithValue("field", "endedAt");
    }

    @Test
    void outcomeDecidesRequiredDetails() {
        assertThatThrownBy(() -> closing(Outcome.ANSWERED_FROM_KB, null, null))
                .hasFieldOrPropertyWithValue("field", "kbEntryId");
        assertThatThrownBy(() -> closing(Outcome.DROPPED, "kb-1", null)).hasFieldOrPropertyWithValue("field", "kbEntryId");
        assertThatThrownBy(() -> closing(Outcome.TRANSFERRED, null, " ")).hasFieldOrPropertyWithValue("field", "unitCode");
        assertThatThrownBy(() -> closing(Outcome.PRANK, null, "SO_GTVT")).hasFieldOrPropertyWithValue("field", "unitCode");
        assertThatThrownBy(() -> closing(Outcome.TRANSFERRED, null, "so gtvt"))
                .hasFieldOrPropertyWithValue("field", "unitCode");
        assertThat(closing(Outcome.TRANSFERRED, null, "SO_GTVT").unitCode()).isEqualTo("SO_GTVT");
        assertThat(closing(Outcome.ESCALATED, null, null).unitCode()).isNull();
        assertThat(closing(Outcome.ANSWERED_FROM_KB, "kb-42", null).kbEntryId()).isEqualTo("kb-42");
    }

    @Test
    void parsesCodesAndDefaultsChannel() {
        assertThat(Channel.parse(null)).isEqualTo(Channel.PHONE);
        assertThat(Channel.parse("ZALO")).isEqualTo(Channel.ZALO);
        assertThatThrownBy(() -> Channel.parse("FAX")).hasFieldOrPropertyWithValue("field", "channel");
        assertThatThrownBy(() -> Outcome.parse("outcome", "SOLVED")).hasFieldOrPropertyWithValue("field", "outcome");
    }
}
