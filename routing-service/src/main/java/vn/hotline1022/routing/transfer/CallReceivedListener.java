package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.routing.infra.RejectedMessageException;
import vn.hotline1022.support.kafka.EventBatches;

import java.util.List;

/**
 * Maps intake's call.received into routing's own model: who owns the call (see {@link CallOwnerStore}). A whole
 * poll is written at once ({@link EventBatches}): the busiest topic, one durable commit a poll.
 */
@Component
@RequiredArgsConstructor
class CallReceivedListener {

    private final CallOwnerStore owners;
    private final EventBatches batches;

    @KafkaListener(id = "routing-call-owners", topics = Topics.CALL_RECEIVED, groupId = "routing-service",
            concurrency = "${hotline.kafka.call-listeners:3}", batch = "true")
    void onCallsReceived(List<ConsumerRecord<String, String>> records) {
        batches.write(records, EventType.CALL_RECEIVED, CallReceivedListener::owner, owners::recordAll);
    }

    private static CallOwnerStore.CallOwner owner(EventEnvelope<CallReceived> event) {
        CallReceived c = event.payload();
        if (c.callId().isBlank() || c.operator().isBlank()) {
            // a call owned by nobody, or by "", would let any operator transfer it
            throw new RejectedMessageException("routing.message.required", "payload.callId, payload.operator");
        }
        return new CallOwnerStore.CallOwner(c.callId(), c.operator(), c.receivedAt());
    }
}
