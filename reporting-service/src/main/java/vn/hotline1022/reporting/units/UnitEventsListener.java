package vn.hotline1022.reporting.units;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.UnitUnreachable;

@Component
@RequiredArgsConstructor
class UnitEventsListener {

    private final UnitStatusStore units;

    @KafkaListener(topics = Topics.UNIT_UNREACHABLE, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onUnreachable(EventEnvelope<UnitUnreachable> e) {
        UnitUnreachable u = e.payload();
        units.unreachable(u.unitCode(), u.numbersTried(), u.since(), e.occurredAt());
    }
}
