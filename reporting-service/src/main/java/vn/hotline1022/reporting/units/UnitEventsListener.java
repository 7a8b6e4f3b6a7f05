package vn.hotline1022.reporting.units;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.reporting.infra.Envelope;

@Component
class UnitEventsListener {

    private final JsonMapper json;
    private final UnitStatus units;

    UnitEventsListener(JsonMapper json, UnitStatus units) {
        this.json = json;
        this.units = units;
    }

    @KafkaListener(topics = Topics.UNIT_UNREACHABLE, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onUnreachable(String message) {
        Envelope e = Envelope.parse(json, message);
        units.unreachable(e.text("unitCode"), e.payload().path("numbersTried").asInt(0), e.instant("since"),
                e.occurredAt());
    }
}
