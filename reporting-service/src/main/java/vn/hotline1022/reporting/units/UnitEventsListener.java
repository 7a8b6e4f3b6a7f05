package vn.hotline1022.reporting.units;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.UnitUnreachable;

@Component
class UnitEventsListener {

    private final EventReader events;
    private final UnitStatusStore units;

    UnitEventsListener(EventReader events, UnitStatusStore units) {
        this.events = events;
        this.units = units;
    }

    @KafkaListener(topics = Topics.UNIT_UNREACHABLE, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onUnreachable(String message) {
        EventEnvelope<UnitUnreachable> e = events.read(message, EventType.UNIT_UNREACHABLE);
        UnitUnreachable u = e.payload();
        units.unreachable(u.unitCode(), u.numbersTried(), u.since(), e.occurredAt());
    }
}
