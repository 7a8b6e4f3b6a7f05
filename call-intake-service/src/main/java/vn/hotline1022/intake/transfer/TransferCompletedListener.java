package vn.hotline1022.intake.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.intake.call.RoutingOutcomes;

/**
 * Routing connected (or failed to connect) a caller to a unit. A connected transfer closes the call as
 * TRANSFERRED; one that reached nobody is noted on the still open call (once per transfer). Redelivery of the same eventId, or any event for a call already closed, changes nothing: the close
 * only applies to an OPEN call, in one conditional write.
 */
@Component
@RequiredArgsConstructor
class TransferCompletedListener {

    private final RoutingOutcomes calls;

    @KafkaListener(topics = Topics.TRANSFER_COMPLETED, groupId = "call-intake-service")
    void onTransferCompleted(EventEnvelope<TransferCompleted> e) {
        TransferCompleted t = e.payload();
        String eventId = e.eventId().toString();
        if (t.escalationId() != null) {
            // every number failed and the operator escalated in writing: routing holds the question now
            calls.closeEscalated(eventId, t.callId(), t.unitCode(), t.escalationId(), e.occurredAt());
            return;
        }
        if (!t.connected()) {
            // the operator still has the caller and decides what happens next; the call remembers the attempt
            calls.noteFailedTransfer(eventId, t.callId(), t.transferId(), t.unitCode(), t.attempts(), e.occurredAt());
            return;
        }
        calls.closeTransferred(eventId, t.callId(), t.unitCode(), e.occurredAt());
    }
}
