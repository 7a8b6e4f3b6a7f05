package vn.hotline1022.reporting.calls;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;

import java.time.Instant;

@Component
class CallEventsListener {

    private final JsonMapper json;
    private final CallFacts facts;

    CallEventsListener(JsonMapper json, CallFacts facts) {
        this.json = json;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.CALL_RECEIVED, groupId = "reporting-service")
    void onCallReceived(String message) {
        JsonNode envelope = json.readTree(message);
        JsonNode p = envelope.required("payload");
        facts.record(new CallFact(
                envelope.required("eventId").asString(),
                p.required("callId").asString(),
                p.path("operator").asString(null),
                p.path("channel").asString("PHONE"),
                p.required("locality").asString(),
                p.required("topic").asString(),
                Instant.parse(p.required("receivedAt").asString()),
                p.path("repeatCaller").asBoolean(false)));
    }
}
