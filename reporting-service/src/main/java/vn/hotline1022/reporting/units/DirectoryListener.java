package vn.hotline1022.reporting.units;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.reporting.infra.Envelope;

/** routing's directory → reporting's {@link UnitDirectory}. */
@Component
class DirectoryListener {

    private final JsonMapper json;
    private final UnitDirectory directory;

    DirectoryListener(JsonMapper json, UnitDirectory directory) {
        this.json = json;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.UNIT_CHANGED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onChanged(String message) {
        Envelope e = Envelope.parse(json, message);
        directory.changed(new UnitDirectory.KnownUnit(e.text("unitCode"), e.text("name"),
                e.payload().path("transferable").asBoolean(true), e.payload().path("dialableNumbers").asInt(0),
                e.payload().path("numbersToCome").asInt(0)), e.payload().required("version").asLong(), e.occurredAt());
    }
}
