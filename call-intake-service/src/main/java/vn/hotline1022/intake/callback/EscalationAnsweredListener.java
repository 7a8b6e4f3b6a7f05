package vn.hotline1022.intake.callback;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Maps routing's escalation.answered into intake's callback tasks (one per call it answers). */
@Component
class EscalationAnsweredListener {

    private final JsonMapper json;
    private final Callbacks callbacks;

    EscalationAnsweredListener(JsonMapper json, Callbacks callbacks) {
        this.json = json;
        this.callbacks = callbacks;
    }

    @KafkaListener(id = "intake-callbacks", topics = Topics.ESCALATION_ANSWERED, groupId = "call-intake-service")
    void onAnswered(String message) {
        JsonNode envelope = json.readTree(message);
        JsonNode p = envelope.required("payload");
        List<String> callIds = new ArrayList<>();
        p.path("callIds").forEach(c -> callIds.add(c.asString()));
        String at = envelope.path("occurredAt").asString(null);
        callbacks.answered(p.required("escalationId").asString(), p.required("unitCode").asString(),
                p.path("question").asString(null), p.required("answer").asString(), callIds, at == null ? null : Instant.parse(at));
    }
}
