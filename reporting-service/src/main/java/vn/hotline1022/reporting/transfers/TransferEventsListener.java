package vn.hotline1022.reporting.transfers;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.reporting.infra.Envelope;
import vn.hotline1022.reporting.units.UnitStatus;

@Component
class TransferEventsListener {

    private final JsonMapper json;
    private final TransferFacts facts;
    private final UnitStatus units;

    TransferEventsListener(JsonMapper json, TransferFacts facts, UnitStatus units) {
        this.json = json;
        this.facts = facts;
        this.units = units;
    }

    @KafkaListener(topics = Topics.TRANSFER_ATTEMPTED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onAttempted(String message) {
        Envelope e = Envelope.parse(json, message);
        String outcome = e.text("outcome");
        facts.recordAttempt(e.eventId(), e.text("transferId"), e.text("callId"), e.text("unitCode"),
                e.text("maskedNumber"), outcome, e.payload().path("attempt").asInt(1), e.occurredAt());
        if ("CONNECTED".equals(outcome)) {
            units.connected(e.text("unitCode"), e.occurredAt());
        }
    }

    @KafkaListener(topics = Topics.TRANSFER_COMPLETED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onCompleted(String message) {
        Envelope e = Envelope.parse(json, message);
        String escalationId = e.payload().path("escalationId").asString(null);
        if (escalationId != null) {
            // the same transfer, escalated afterwards: its dialled unit and outcome stay as they were
            facts.recordEscalated(e.text("transferId"), escalationId);
            return;
        }
        facts.recordCompleted(e.eventId(), e.text("transferId"), e.text("callId"), e.text("unitCode"),
                e.payload().path("connected").asBoolean(false), e.payload().path("attempts").asInt(0),
                e.occurredAt());
    }
}
