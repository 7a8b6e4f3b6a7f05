package vn.hotline1022.routing.transfer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.routing.infra.RejectedMessageException;

/** Maps intake's call.received into routing's own model: who owns the call (see {@link CallOwnerStore}). */
@Component
class CallReceivedListener {

    private final CallOwnerStore owners;

    CallReceivedListener(CallOwnerStore owners) {
        this.owners = owners;
    }

    @KafkaListener(id = "routing-call-owners", topics = Topics.CALL_RECEIVED, groupId = "routing-service",
            concurrency = "${hotline.kafka.call-listeners:3}")
    void onCallReceived(EventEnvelope<CallReceived> event) {
        CallReceived c = event.payload();
        if (c.callId().isBlank() || c.operator().isBlank()) {
            // a call owned by nobody, or by "", would let any operator transfer it
            throw new RejectedMessageException("routing.message.required", "payload.callId, payload.operator");
        }
        owners.record(c.callId(), c.operator(), c.receivedAt());
    }
}
