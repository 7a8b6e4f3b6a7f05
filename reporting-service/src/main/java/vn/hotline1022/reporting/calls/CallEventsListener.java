package vn.hotline1022.reporting.calls;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallClosed;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.support.kafka.EventBatches;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls are the busiest topics: one consumer per partition (three here, {@code hotline.kafka.call-listeners}), each
 * taking a whole poll and writing it at once ({@link EventBatches}): with a write per record each waited for its own
 * durable commit, ~6 records a second, and the soak's lag grew (docs/benchmarks.md).
 */
@Component
@RequiredArgsConstructor
class CallEventsListener {

    private final CallFactStore facts;
    private final EventBatches batches;

    @KafkaListener(topics = Topics.CALL_RECEIVED, groupId = "${hotline.reporting.group-id:reporting-service}",
            concurrency = "${hotline.kafka.call-listeners:3}", batch = "true")
    void onCallsReceived(List<ConsumerRecord<String, String>> records) {
        batches.write(records, EventType.CALL_RECEIVED, CallEventsListener::received, facts::recordAll);
    }

    @KafkaListener(topics = Topics.CALL_CLOSED, groupId = "${hotline.reporting.group-id:reporting-service}",
            concurrency = "${hotline.kafka.call-listeners:3}", batch = "true")
    void onCallsClosed(List<ConsumerRecord<String, String>> records) {
        batches.write(records, EventType.CALL_CLOSED, CallEventsListener::closed, facts::recordAllClosed);
    }

    private static CallFact received(EventEnvelope<CallReceived> e) {
        CallReceived c = e.payload();
        return new CallFact(e.eventId().toString(), c.callId(), c.operator(), c.channel(), c.locality(), c.topic(),
                c.receivedAt(), c.repeatCaller());
    }

    private static CallClosedFact closed(EventEnvelope<CallClosed> e) {
        CallClosed c = e.payload();
        return new CallClosedFact(e.eventId().toString(), c.callId(), c.outcome(), c.handleSeconds(), c.kbEntryId(),
                c.unitCode(), c.topic(), c.locality(), c.closedAt(), questionOutcomes(c));
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
