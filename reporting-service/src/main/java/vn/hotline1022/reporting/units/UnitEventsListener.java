package vn.hotline1022.reporting.units;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.UnitChanged;
import vn.hotline1022.contracts.events.UnitUnreachable;

/** routing's directory and its unreachable units → reporting's {@link UnitDirectoryStore} and {@link UnitStatusStore}. */
@Component
@RequiredArgsConstructor
class UnitEventsListener {

    private final UnitDirectoryStore directory;
    private final UnitStatusStore units;

    @KafkaListener(topics = Topics.UNIT_CHANGED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onChanged(EventEnvelope<UnitChanged> e) {
        UnitChanged u = e.payload();
        directory.changed(new UnitDirectoryStore.KnownUnit(u.unitCode(), u.name(), u.transferable(), u.dialableNumbers(),
                u.numbersToCome(), u.leftService()), u.version(), e.occurredAt());
    }

    @KafkaListener(topics = Topics.UNIT_UNREACHABLE, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onUnreachable(EventEnvelope<UnitUnreachable> e) {
        UnitUnreachable u = e.payload();
        units.unreachable(u.unitCode(), u.numbersTried(), u.since(), e.occurredAt());
    }
}
