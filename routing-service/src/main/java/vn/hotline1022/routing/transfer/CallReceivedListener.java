package vn.hotline1022.routing.transfer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.CallReceived;
import vn.hotline1022.routing.infra.RejectedMessageException;

/** Maps intake's call.received into routing's own model: who owns the call (see {@link CallOwnerStore}). */
@Component
class CallReceivedListener {

    private final EventReader events;
    private final CallOwnerStore owners;

    CallReceivedListener(EventReader events, CallOwnerStore owners) {
        this.events = events;
        this.owners = owners;
    }

    @KafkaListener(id = "routing-call-owners", topics = Topics.CALL_RECEIVED, groupId = "routing-service",
            concurrency = "${hotline.kafka.call-listeners:3}")
    void onCallReceived(String message) {
        CallReceived c = events.<CallReceived>read(message, EventType.CALL_RECEIVED).payload();
        if (c.callId().isBlank() || c.operator().isBlank()) {
            // a call owned by nobody, or by "", would let any operator transfer it
            throw new RejectedMessageException("payload.callId, payload.operator: bắt buộc");
        }
        owners.record(c.callId(), c.operator(), c.receivedAt());
    }
}
