package vn.hotline1022.routing.escalation;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.EscalationRaised;
import vn.hotline1022.support.outbox.OutboxDocuments;

import java.time.Instant;

/**
 * The {@code escalation.raised} outbox entry for an escalation as it will be stored: queued in the same write
 * whenever the unit must see it anew (raised, a call joined, split, merged, reassigned).
 */
@Component
class RaisedEventDocuments {

    private final OutboxDocuments outbox;

    RaisedEventDocuments(OutboxDocuments outbox) {
        this.outbox = outbox;
    }

    Document event(Document e, Instant now) {
        String unit = e.getString("unitCode");
        return outbox.entry(EventType.ESCALATION_RAISED, Topics.escalationsFor(unit), e.getString("_id"),
                new EscalationRaised(e.getString("_id"), unit, e.getString("question"), e.getString("topic"),
                        e.getString("locality"), e.getDate("dueAt").toInstant(), e.getInteger("callCount", 1)), now);
    }
}
