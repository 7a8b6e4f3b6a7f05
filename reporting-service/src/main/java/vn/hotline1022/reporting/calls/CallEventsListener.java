package vn.hotline1022.reporting.calls;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls are the busiest topics: one consumer per partition (three here, {@code hotline.kafka.call-listeners}), so
 * their writes overlap and a commit of the store covers several; with one, each record waited for its own and the
 * soak's lag grew (docs/benchmarks.md).
 */
@Component
class CallEventsListener {

    private final CallFactStore facts;

    CallEventsListener(CallFactStore facts) {
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.CALL_RECEIVED, groupId = "${hotline.reporting.group-id:reporting-service}",
            concurrency = "${hotline.kafka.call-listeners:3}")
    void onCallReceived(EventEnvelope<CallReceived> e) {
        CallReceived c = e.payload();
        facts.record(new CallFact(e.eventId().toString(), c.callId(), c.operator(), c.channel(), c.locality(),
                c.topic(), c.receivedAt(), c.repeatCaller()));
    }

    @KafkaListener(topics = Topics.CALL_CLOSED, groupId = "${hotline.reporting.group-id:reporting-service}",
            concurrency = "${hotline.kafka.call-listeners:3}")
    void onCallClosed(EventEnvelope<CallClosed> e) {
        CallClosed c = e.payload();
        facts.recordClosed(new CallClosedFact(e.eventId().toString(), c.callId(), c.outcome(), c.handleSeconds(),
                c.kbEntryId(), c.unitCode(), c.topic(), c.locality(), c.closedAt(), questionOutcomes(c)));
    }

    /** Each question's outcome; events of calls logged before questions were kept carry none (one question). */
    private static List<String> questionOutcomes(CallClosed c) {
        List<String> outcomes = new ArrayList<>();
        if (c.questions() != null) {
            for (CallClosed.Question q : c.questions()) {
                // the outcome becomes a field name in the figures: a value that could not be one is left out
                if (q.outcome() != null && q.outcome().matches("^[A-Z][A-Z_]{1,40}$")) {
                    outcomes.add(q.outcome());
                }
            }
        }
        return outcomes;
    }
}
