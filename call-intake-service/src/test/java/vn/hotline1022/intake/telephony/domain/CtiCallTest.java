package vn.hotline1022.intake.telephony.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The outcome of the desk's outbound dials, from Zammad's hangup causes, in any order of events. */
class CtiCallTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    private static CtiEvent out(String event, String cause) {
        Map<String, List<String>> fields = new java.util.HashMap<>(Map.of("event", List.of(event),
                "callId", List.of("c1"), "direction", List.of("out"), "from", List.of("842523999999"),
                "to", List.of("02523822345")));
        if (cause != null) {
            fields.put("cause", List.of(cause));
        }
        return CtiEvent.parse(fields);
    }

    private static CtiCall play(CtiEvent... events) {
        CtiCall call = CtiCall.first("pbx", events[0]);
        int s = 0;
        for (CtiEvent e : events) {
            call = call.apply(e, T0.plusSeconds(s += 5), null, false);
        }
        return call;
    }

    @Test
    void eachCauseGivesItsOutcome() {
        assertThat(play(out("newCall", null), out("hangup", "busy")).dialOutcome()).contains(CtiCall.DialOutcome.BUSY);
        assertThat(play(out("newCall", null), out("hangup", "congestion")).dialOutcome()).contains(CtiCall.DialOutcome.BUSY);
        assertThat(play(out("newCall", null), out("hangup", "noAnswer")).dialOutcome()).contains(CtiCall.DialOutcome.NO_ANSWER);
        assertThat(play(out("newCall", null), out("hangup", "cancel")).dialOutcome()).contains(CtiCall.DialOutcome.NO_ANSWER);
        assertThat(play(out("newCall", null), out("hangup", "notFound")).dialOutcome()).contains(CtiCall.DialOutcome.UNREACHABLE);
        assertThat(play(out("newCall", null), out("hangup", "forwarded")).dialOutcome()).isEmpty();
    }

    @Test
    void anAnswerIsConnectedAtTheAnswerWhateverTheOrder() {
        CtiCall inOrder = play(out("newCall", null), out("answer", null), out("hangup", "normalClearing"));
        CtiCall hangupFirst = play(out("hangup", "normalClearing"), out("answer", null));
        assertThat(inOrder.dialOutcome()).contains(CtiCall.DialOutcome.CONNECTED);
        assertThat(inOrder.decidedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(hangupFirst.dialOutcome()).contains(CtiCall.DialOutcome.CONNECTED);
    }

    @Test
    void aDialStillRingingOrACallInHasNoDialOutcome() {
        assertThat(play(out("newCall", null)).dialOutcome()).isEmpty();
        CtiEvent in = CtiEvent.parse(Map.of("event", List.of("hangup"), "callId", List.of("c2"),
                "direction", List.of("in"), "from", List.of("0908158383"), "cause", List.of("busy")));
        assertThat(CtiCall.first("pbx", in).apply(in, T0, null, false).dialOutcome()).isEqualTo(Optional.empty());
    }
}
