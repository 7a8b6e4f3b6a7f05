package vn.hotline1022.intake.telephony;

import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.SwitchboardCallEnded;
import vn.hotline1022.contracts.events.SwitchboardDialled;
import vn.hotline1022.intake.telephony.domain.CtiCall;
import vn.hotline1022.intake.telephony.domain.CtiEvent;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a switchboard call's change to its events, which {@link CtiCallStore} writes to the outbox with the change in
 * one write: an outbound dial decided, a citizen's call ended.
 */
@Component
class CtiEvents {

    List<OutboxEvent<?>> of(CtiCall before, CtiCall after, Instant now) {
        List<OutboxEvent<?>> events = new ArrayList<>(dialled(before, after, now));
        if (after.direction() == CtiEvent.Direction.IN && before.endedAt() == null && after.endedAt() != null) {
            // reporting plans staffing from the switchboard's figures; the number stays here
            events.add(OutboxEvent.of(EventType.SWITCHBOARD_CALL_ENDED, after.id(), new SwitchboardCallEnded(after.id(),
                    after.switchboard(), after.ringingAt(), after.answeredAt(), after.endedAt(), after.endOutcome(),
                    after.waitSeconds(), after.talkSeconds()), now));
        }
        return events;
    }

    /** An operator's outbound call whose outcome just became known: announced once, in the call's own write. */
    static boolean dialDecided(CtiCall before, CtiCall after) {
        return before.dialOutcome().isEmpty() && after.dialOutcome().isPresent() && after.callerNumber() != null;
    }

    /** Routing records the dial as an attempt of that operator's transfer to the dialled number. */
    private List<OutboxEvent<?>> dialled(CtiCall before, CtiCall after, Instant now) {
        if (!dialDecided(before, after)) {
            return List.of();
        }
        return List.of(OutboxEvent.of(EventType.SWITCHBOARD_DIALLED, after.id(),
                new SwitchboardDialled(after.id(), after.switchboard(), after.operator(), after.callerNumber(),
                        after.dialOutcome().get().name(), after.ringingAt(),
                        after.decidedAt() == null ? now : after.decidedAt()), now));
    }
}
