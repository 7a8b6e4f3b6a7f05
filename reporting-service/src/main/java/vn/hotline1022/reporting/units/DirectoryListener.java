package vn.hotline1022.reporting.units;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.UnitChanged;

/** routing's directory → reporting's {@link UnitDirectoryStore}. */
@Component
class DirectoryListener {

    private final EventReader events;
    private final UnitDirectoryStore directory;

    DirectoryListener(EventReader events, UnitDirectoryStore directory) {
        this.events = events;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.UNIT_CHANGED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onChanged(String message) {
        EventEnvelope<UnitChanged> e = events.read(message, EventType.UNIT_CHANGED);
        UnitChanged u = e.payload();
        directory.changed(new UnitDirectoryStore.KnownUnit(u.unitCode(), u.name(), u.transferable(), u.dialableNumbers(),
                u.numbersToCome(), u.leftService()), u.version(), e.occurredAt());
    }
}
