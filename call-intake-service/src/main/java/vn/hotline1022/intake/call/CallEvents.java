package vn.hotline1022.intake.call;

import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.contracts.events.QuestionUnanswered;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.call.domain.Question;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a call's state changes to their events, which {@link CallStore} writes to the outbox with the call in one write.
 * No event ever carries the caller's phone number.
 */
@Component
class CallEvents {

    List<OutboxEvent<?>> received(Call c, Instant now) {
        CallReceived event = new CallReceived(c.id(), c.operator(), c.channel().name(), c.locality(), c.topic(),
                c.startedAt(), c.repeatCaller());
        return List.of(OutboxEvent.of(EventType.CALL_RECEIVED, c.id(), event, now));
    }

    List<OutboxEvent<?>> closed(Call c, Instant now) {
        List<OutboxEvent<?>> events = new ArrayList<>();
        // the question travels only with KB answers, where knowledge learns new phrasings from it
        String question = c.outcome() == Outcome.ANSWERED_FROM_KB ? c.questions().stream()
                .filter(q -> q.outcome() == Outcome.ANSWERED_FROM_KB).findFirst().map(Question::text).orElse(null) : null;
        CallClosed closed = new CallClosed(c.id(), c.outcome().name(), c.handleSeconds(), c.kbEntryId(),
                c.unitCode(), question, c.topic(), c.locality(), c.endedAt(), c.questions().stream()
                .map(q -> new CallClosed.Question(q.no(), q.outcome().name(), q.topic(), q.kbEntryId(), q.unitCode(),
                        q.outcome() == Outcome.ANSWERED_FROM_KB ? q.text() : null)).toList());
        events.add(OutboxEvent.of(EventType.CALL_CLOSED, c.id(), closed, now));
        // a question routing escalated itself (after a failed transfer) is already held there
        if (c.current().outcome() == Outcome.ESCALATED && !CallService.ROUTING.equals(c.closedBy())) {
            events.add(unanswered(c, c.current(), now));
        }
        return events;
    }

    /** The caller asked another question; the one settled as ESCALATED goes to routing now, not at the close. */
    List<OutboxEvent<?>> askedAnother(Call c, Question settled, Instant now) {
        return settled.outcome() == Outcome.ESCALATED ? List.of(unanswered(c, settled, now)) : List.of();
    }

    private OutboxEvent<QuestionUnanswered> unanswered(Call c, Question q, Instant now) {
        QuestionUnanswered unanswered = new QuestionUnanswered(c.id(), q.text(), q.topic(), c.locality(),
                q.askedAt() != null ? q.askedAt() : c.startedAt(), q.no());
        return OutboxEvent.of(EventType.QUESTION_UNANSWERED, c.id(), unanswered, now);
    }
}
