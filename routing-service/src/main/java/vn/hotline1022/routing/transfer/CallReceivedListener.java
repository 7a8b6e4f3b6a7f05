package vn.hotline1022.routing.transfer;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;

import java.time.Instant;

/** Maps intake's call.received into routing's own model: who owns the call (see {@link CallOwners}). */
@Component
class CallReceivedListener {

    private final JsonMapper json;
    private final CallOwners owners;

    CallReceivedListener(JsonMapper json, CallOwners owners) {
        this.json = json;
        this.owners = owners;
    }

    @KafkaListener(id = "routing-call-owners", topics = Topics.CALL_RECEIVED, groupId = "routing-service")
    void onCallReceived(String message) {
        JsonNode payload = json.readTree(message).required("payload");
        String callId = payload.required("callId").asString();
        String operator = payload.required("operator").asString();
        if (callId.isBlank() || operator.isBlank()) {
            throw new IllegalArgumentException("call.received without callId or operator");
        }
        String at = payload.path("receivedAt").asString(null);
        owners.record(callId, operator, at == null ? null : Instant.parse(at));
    }
}
