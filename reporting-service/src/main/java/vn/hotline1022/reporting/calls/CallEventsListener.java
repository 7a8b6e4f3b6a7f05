package vn.hotline1022.reporting.calls;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.reporting.infra.Envelope;

import java.util.ArrayList;
import java.util.List;

@Component
class CallEventsListener {

    private final JsonMapper json;
    private final CallFacts facts;

    CallEventsListener(JsonMapper json, CallFacts facts) {
        this.json = json;
        this.facts = facts;
    }

    @KafkaListener(topics = Topics.CALL_RECEIVED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onCallReceived(String message) {
        Envelope e = Envelope.parse(json, message);
        facts.record(new CallFact(e.eventId(), e.text("callId"), e.optionalText("operator"),
                e.payload().path("channel").asString("PHONE"), e.text("locality"), e.text("topic"),
                e.instant("receivedAt"), e.payload().path("repeatCaller").asBoolean(false)));
    }

    @KafkaListener(topics = Topics.CALL_CLOSED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onCallClosed(String message) {
        Envelope e = Envelope.parse(json, message);
        facts.recordClosed(new CallClosedFact(e.eventId(), e.text("callId"), e.text("outcome"),
                e.payload().path("handleSeconds").asLong(0), e.optionalText("kbEntryId"), e.optionalText("unitCode"),
                e.optionalText("topic"), e.optionalText("locality"), e.instant("closedAt"), questionOutcomes(e)));
    }

    /** Each question's outcome; events of calls logged before questions were kept carry none (one question). */
    private static List<String> questionOutcomes(Envelope e) {
        List<String> outcomes = new ArrayList<>();
        e.payload().path("questions").forEach(q -> {
            String outcome = q.path("outcome").asString(null);
            if (outcome != null && outcome.matches("^[A-Z][A-Z_]{1,40}$")) {
                outcomes.add(outcome);
            }
        });
        return outcomes;
    }
}
