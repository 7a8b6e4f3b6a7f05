package vn.hotline1022.intake.call.domain;

import org.junit.jupiter.api.Test;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.reference.domain.Locality;
import vn.hotline1022.intake.reference.domain.Topic;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A call as a case: several questions, each settled once, the call's outcome derived from them. */
class CallQuestionsTest {

    private static final Instant NOW = Instant.parse("2021-08-26T03:00:00Z");
    private static final Locality LA_GI = new Locality("LA_GI", "Thị xã La Gi", "TOWN", false);
    private static final Topic VACCINATION = new Topic("VACCINATION", "Tiêm chủng", null);

    private static Call open() {
        return NewCall.open("c1", new PhoneNumber("+84908158383"), Channel.PHONE, LA_GI, null, VACCINATION,
                "Tiêm mũi 3 ở đâu?", null, "tdv01", NOW, NOW, false);
    }

    private static Closing closing(Outcome outcome, String kb, String unit) {
        return new Closing(outcome, kb, unit, null, null, NOW.plusSeconds(300), "tdv01");
    }

    @Test
    void aNewCallHasOneOpenQuestion() {
        Call call = open();
        assertThat(call.questions()).hasSize(1);
        assertThat(call.current().no()).isEqualTo(1);
        assertThat(call.current().text()).isEqualTo("Tiêm mũi 3 ở đâu?");
        assertThat(call.current().open()).isTrue();
    }

    @Test
    void askingAnotherSettlesTheOpenQuestionAndOpensTheNext() {
        Call call = open().ask(new Settlement(Outcome.ANSWERED_FROM_KB, "kb-1"), " Mất việc được hỗ trợ gì? ",
                "HARDSHIP_SUPPORT", NOW.plusSeconds(60));
        assertThat(call.questions()).extracting(Question::no).containsExactly(1, 2);
        assertThat(call.questions().get(0).outcome()).isEqualTo(Outcome.ANSWERED_FROM_KB);
        assertThat(call.questions().get(0).kbEntryId()).isEqualTo("kb-1");
        assertThat(call.questions().get(0).settledAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(call.current().text()).isEqualTo("Mất việc được hỗ trợ gì?");
        assertThat(call.current().topic()).isEqualTo("HARDSHIP_SUPPORT");
        assertThat(call.current().open()).isTrue();
        assertThat(call.status()).isEqualTo(CallStatus.OPEN);
        assertThat(call.question()).as("the call keeps the question it was logged with").isEqualTo("Tiêm mũi 3 ở đâu?");
    }

    @Test
    void oneAnsweredAndOneEscalatedQuestionMakeAnEscalatedCall() {
        Call closed = open().ask(new Settlement(Outcome.ANSWERED_FROM_KB, "kb-1"), "Mất việc được hỗ trợ gì?",
                "HARDSHIP_SUPPORT", NOW.plusSeconds(60)).close(closing(Outcome.ESCALATED, null, null), NOW.plusSeconds(300));
        assertThat(closed.outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(closed.questions()).extracting(Question::outcome)
                .containsExactly(Outcome.ANSWERED_FROM_KB, Outcome.ESCALATED);
        assertThat(closed.kbEntryId()).as("the deciding question's entry: none").isNull();

        Call reversed = open().ask(new Settlement(Outcome.ESCALATED, null), "Mất việc được hỗ trợ gì?",
                "HARDSHIP_SUPPORT", NOW.plusSeconds(60)).close(closing(Outcome.ANSWERED_FROM_KB, "kb-2", null), NOW.plusSeconds(300));
        assertThat(reversed.outcome()).isEqualTo(Outcome.ESCALATED);
        assertThat(reversed.questions().get(1).kbEntryId()).isEqualTo("kb-2");
    }

    @Test
    void aCallCutOffAfterAnAnswerCountsAsAnswered() {
        Call closed = open().ask(new Settlement(Outcome.ANSWERED_FROM_KB, "kb-1"), "Còn câu nữa…", "VACCINATION",
                NOW.plusSeconds(60)).close(closing(Outcome.DROPPED, null, null), NOW.plusSeconds(300));
        assertThat(closed.outcome()).isEqualTo(Outcome.ANSWERED_FROM_KB);
        assertThat(closed.kbEntryId()).isEqualTo("kb-1");
        assertThat(closed.questions().get(1).outcome()).isEqualTo(Outcome.DROPPED);
    }

    @Test
    void theCallsOutcomeFollowsTheDeclaredOrder() {
        assertThat(Outcome.ofCall(List.of(q(Outcome.INFORMATION_ONLY), q(Outcome.TRANSFERRED)))).isEqualTo(Outcome.TRANSFERRED);
        assertThat(Outcome.ofCall(List.of(q(Outcome.TRANSFERRED), q(Outcome.ESCALATED)))).isEqualTo(Outcome.ESCALATED);
        assertThat(Outcome.ofCall(List.of(q(Outcome.PRANK)))).isEqualTo(Outcome.PRANK);
        assertThat(Outcome.ofCall(List.of(q(null)))).isNull();
    }

    @Test
    void onlyOutcomesThatLetTheCallGoOnSettleAQuestionMidCall() {
        for (Outcome ending : new Outcome[] {Outcome.TRANSFERRED, Outcome.DROPPED, Outcome.PRANK}) {
            assertThatThrownBy(() -> open().ask(new Settlement(ending, null), "Câu khác?", "VACCINATION", NOW))
                    .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "current.outcome");
        }
        assertThatThrownBy(() -> new Settlement(Outcome.ANSWERED_FROM_KB, " "))
                .hasFieldOrPropertyWithValue("field", "current.kbEntryId");
        assertThatThrownBy(() -> open().ask(new Settlement(Outcome.INFORMATION_ONLY, null), "  ", "VACCINATION", NOW))
                .hasFieldOrPropertyWithValue("field", "question");
    }

    @Test
    void aClosedCallTakesNoMoreQuestionsAndACallAtMostTwenty() {
        Call closed = open().close(closing(Outcome.INFORMATION_ONLY, null, null), NOW.plusSeconds(300));
        assertThatThrownBy(() -> closed.ask(new Settlement(Outcome.INFORMATION_ONLY, null), "Câu khác?", "VACCINATION", NOW))
                .isInstanceOf(CallAlreadyClosedException.class);
        Call call = open();
        for (int i = 2; i <= Call.MAX_QUESTIONS; i++) {
            call = call.ask(new Settlement(Outcome.INFORMATION_ONLY, null), "Câu " + i, "VACCINATION", NOW);
        }
        Call full = call;
        assertThatThrownBy(() -> full.ask(new Settlement(Outcome.INFORMATION_ONLY, null), "Câu 21", "VACCINATION", NOW))
                .hasFieldOrPropertyWithValue("field", "question");
    }

    @Test
    void aCallStoredBeforeQuestionsWereKeptReadsAsOneQuestion() {
        Call old = new Call("c0", null, true, Channel.PHONE, "LA_GI", null, "VACCINATION", "Câu hỏi cũ", null, "tdv01",
                NOW, false, CallStatus.CLOSED, Outcome.ANSWERED_FROM_KB, "kb-9", null, null, NOW.plusSeconds(90), 90L,
                "tdv01", null, null);
        assertThat(old.questions()).singleElement().satisfies(q -> {
            assertThat(q.no()).isEqualTo(1);
            assertThat(q.text()).isEqualTo("Câu hỏi cũ");
            assertThat(q.outcome()).isEqualTo(Outcome.ANSWERED_FROM_KB);
            assertThat(q.kbEntryId()).isEqualTo("kb-9");
        });
    }

    private static Question q(Outcome outcome) {
        return new Question(1, "q", "VACCINATION", outcome, null, null, NOW, null);
    }
}
