package vn.hotline1022.intake.telephony.domain;

import org.junit.jupiter.api.Test;
import vn.hotline1022.intake.domain.InvalidValueException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The events exactly as Zammad's generic CTI documentation shows them (newCall, answer, hangup; in and out). */
class CtiEventTest {

    private static final Instant T0 = Instant.parse("2021-08-22T01:00:00Z");

    @Test
    void newCallInWithSeveralUsersAsTheFormSendsThem() {
        CtiEvent e = CtiEvent.parse(Map.of("event", List.of("newCall"), "from", List.of("493023125741"),
                "to", List.of("492214710334"), "direction", List.of("in"),
                "callId", List.of("307fa962-de8d-4ffc-817b-7f6993204159"),
                "user[]", List.of("Christopher Miller", "Emma Taylor"), "queue", List.of("support")));
        assertThat(e.kind()).isEqualTo(CtiEvent.Kind.NEW_CALL);
        assertThat(e.direction()).isEqualTo(CtiEvent.Direction.IN);
        assertThat(e.users()).containsExactly("Christopher Miller", "Emma Taylor");
        assertThat(e.callerNumber()).isEqualTo("493023125741");
        assertThat(e.queue()).isEqualTo("support");
    }

    @Test
    void everyHangupCauseOfTheDocumentationIsRead() {
        for (String cause : List.of("normalClearing", "busy", "cancel", "noAnswer", "congestion", "notFound", "forwarded")) {
            CtiEvent e = CtiEvent.parse(Map.of("event", List.of("hangup"), "from", List.of("493023125741"),
                    "to", List.of("492214710334"), "direction", List.of("out"), "callId", List.of("f4ebd2be"),
                    "cause", List.of(cause), "answeringNumber", List.of("emma@chrispresso.com")));
            assertThat(e.cause()).isNotNull();
            assertThat(e.callerNumber()).as("out: the citizen is the called number").isEqualTo("492214710334");
        }
        assertThatThrownBy(() -> CtiEvent.parse(Map.of("event", List.of("hangup"), "direction", List.of("in"),
                "callId", List.of("x"), "cause", List.of("exploded")))).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "cause");
        assertThatThrownBy(() -> CtiEvent.parse(Map.of("event", List.of("hangup"), "direction", List.of("in"),
                "callId", List.of("x")))).hasFieldOrPropertyWithValue("field", "cause");
    }

    @Test
    void badFieldsAreNamed() {
        assertThatThrownBy(() -> CtiEvent.parse(Map.of("event", List.of("ring"), "direction", List.of("in"),
                "callId", List.of("x")))).hasFieldOrPropertyWithValue("field", "event");
        assertThatThrownBy(() -> CtiEvent.parse(Map.of("event", List.of("newCall"), "direction", List.of("sideways"),
                "callId", List.of("x")))).hasFieldOrPropertyWithValue("field", "direction");
        assertThatThrownBy(() -> CtiEvent.parse(Map.of("event", List.of("newCall"), "direction", List.of("in"))))
                .hasFieldOrPropertyWithValue("field", "callId");
        assertThatThrownBy(() -> CtiEvent.parse(Map.of("event", List.of("newCall"), "direction", List.of("in"),
                "callId", List.of("x".repeat(251))))).hasFieldOrPropertyWithValue("field", "callId");
    }

    @Test
    void anonymousIsAWithheldNumber() {
        assertThat(CtiEvent.parse(Map.of("event", List.of("newCall"), "from", List.of("anonymous"),
                "direction", List.of("in"), "callId", List.of("x"))).callerNumber()).isNull();
    }

    private static CtiEvent event(String kind, String cause) {
        return CtiEvent.parse(cause == null
                ? Map.of("event", List.of(kind), "from", List.of("0908158383"), "direction", List.of("in"),
                "callId", List.of("c1"), "answeringNumber", List.of("101"))
                : Map.of("event", List.of(kind), "from", List.of("0908158383"), "direction", List.of("in"),
                "callId", List.of("c1"), "cause", List.of(cause)));
    }

    @Test
    void aCallThatRangAndEndedUnansweredIsMissedInAnyOrder() {
        CtiCall rang = CtiCall.first("pbx", event("newCall", null)).apply(event("newCall", null), T0, null, false);
        CtiCall gaveUp = rang.apply(event("hangup", "cancel"), T0.plusSeconds(40), null, false);
        assertThat(gaveUp.missed()).isTrue();
        assertThat(gaveUp.waitSeconds()).isEqualTo(40);

        // the hangup of an established call overtook its answer: still not missed
        CtiCall early = CtiCall.first("pbx", event("hangup", "normalClearing"))
                .apply(event("hangup", "normalClearing"), T0.plusSeconds(300), null, false);
        assertThat(early.missed()).isFalse();
        CtiCall answeredLate = early.apply(event("answer", null), T0.plusSeconds(301), "operator1", false);
        assertThat(answeredLate.missed()).isFalse();
        assertThat(answeredLate.operator()).isEqualTo("operator1");
    }

    @Test
    void answeredCallsKnowTheirWaitAndTalkTime() {
        CtiCall call = CtiCall.first("pbx", event("newCall", null)).apply(event("newCall", null), T0, null, false)
                .apply(event("answer", null), T0.plusSeconds(12), "operator1", false)
                .apply(event("hangup", "normalClearing"), T0.plusSeconds(192), null, false);
        assertThat(call.waitSeconds()).isEqualTo(12);
        assertThat(call.talkSeconds()).isEqualTo(180);
        assertThat(call.missed()).isFalse();
        assertThat(call.ringing()).isFalse();
    }

    @Test
    void aBlockedCallIsNeverMissed() {
        CtiCall blocked = CtiCall.first("pbx", event("newCall", null)).apply(event("newCall", null), T0, null, true)
                .apply(event("hangup", "busy"), T0.plusSeconds(1), null, false);
        assertThat(blocked.blocked()).isTrue();
        assertThat(blocked.missed()).isFalse();
    }
}
