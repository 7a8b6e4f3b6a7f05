package vn.hotline1022.routing.escalation;

import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationRaised;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;

/**
 * The {@code escalation.raised} event for an escalation as it will be stored: queued in the same write
 * whenever the unit must see it anew (raised, a call joined, split, merged, reassigned).
 */
@Component
class RaisedEvents {

    OutboxEvent<EscalationRaised> event(Escalation e, Instant now) {
        String unit = e.unitCode();
        return OutboxEvent.to(EventType.ESCALATION_RAISED, Topics.escalationsFor(unit), e.id(),
                new EscalationRaised(e.id(), unit, e.question(), e.topic(), e.locality(), e.dueAt(),
                        e.callCount() == null ? 1 : e.callCount()), now);
    }
}
