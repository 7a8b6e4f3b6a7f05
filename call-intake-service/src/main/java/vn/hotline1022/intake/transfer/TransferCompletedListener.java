package vn.hotline1022.intake.transfer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.intake.call.CallService;

import java.time.Instant;

/**
 * Routing connected (or failed to connect) a caller to a unit. A connected transfer closes the call as
 * TRANSFERRED; one that reached nobody is noted on the still open call (once per transfer). Redelivery of the same eventId, or any event for a call already closed, changes nothing: the close
 * only applies to an OPEN call, in one conditional write.
 */
@Component
class TransferCompletedListener {

    private final JsonMapper json;
    private final CallService calls;

    TransferCompletedListener(JsonMapper json, CallService calls) {
        this.json = json;
        this.calls = calls;
    }

    @KafkaListener(topics = Topics.TRANSFER_COMPLETED, groupId = "call-intake-service")
    void onTransferCompleted(String message) {
        JsonNode envelope = json.readTree(message);
        JsonNode p = envelope.required("payload");
        String occurredAt = envelope.path("occurredAt").asString(null);
        String escalationId = p.path("escalationId").asString(null);
        if (escalationId != null) {
            // every number failed and the operator escalated in writing: routing holds the question now
            calls.closeEscalated(envelope.required("eventId").asString(), p.required("callId").asString(),
                    p.required("unitCode").asString(), escalationId, occurredAt == null ? null : Instant.parse(occurredAt));
            return;
        }
        if (!p.path("connected").asBoolean(false)) {
            // the operator still has the caller and decides what happens next; the call remembers the attempt
            calls.noteFailedTransfer(envelope.required("eventId").asString(), p.required("callId").asString(),
                    p.required("transferId").asString(), p.required("unitCode").asString(), p.path("attempts").asInt(0),
                    occurredAt == null ? null : Instant.parse(occurredAt));
            return;
        }
        calls.closeTransferred(envelope.required("eventId").asString(), p.required("callId").asString(),
                p.required("unitCode").asString(), occurredAt == null ? null : Instant.parse(occurredAt));
    }
}
