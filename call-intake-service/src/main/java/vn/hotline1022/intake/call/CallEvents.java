package vn.hotline1022.intake.call;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.support.outbox.OutboxDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outbox entries of a call's state changes. No event ever carries the caller's phone number. */
@Component
class CallEvents {

    private final OutboxDocuments outbox;

    CallEvents(OutboxDocuments outbox) {
        this.outbox = outbox;
    }

    List<Document> received(Call c, Instant now) {
        CallReceived event = new CallReceived(c.id(), c.operator(), c.channel().name(), c.locality(), c.topic(),
                c.startedAt(), c.repeatCaller());
        return List.of(outbox.entry(EventType.CALL_RECEIVED, Topics.CALL_RECEIVED, c.id(), event, now));
    }

    List<Document> closed(Call c, Instant now) {
        List<Document> events = new ArrayList<>();
        // the question travels only with KB answers, where knowledge learns new phrasings from it
        String question = c.outcome() == Outcome.ANSWERED_FROM_KB ? c.question() : null;
        CallClosed closed = new CallClosed(c.id(), c.outcome().name(), c.handleSeconds(), c.kbEntryId(),
                c.unitCode(), question, c.topic(), c.locality(), c.endedAt());
        events.add(outbox.entry(EventType.CALL_CLOSED, Topics.CALL_CLOSED, c.id(), closed, now));
        if (c.outcome() == Outcome.ESCALATED && !CallService.ROUTING.equals(c.closedBy())) {
            QuestionUnanswered unanswered = new QuestionUnanswered(c.id(), c.question(), c.topic(), c.locality(),
                    c.startedAt());
            events.add(outbox.entry(EventType.QUESTION_UNANSWERED, Topics.QUESTION_UNANSWERED, c.id(), unanswered,
                    now));
        }
        return events;
    }
}
