package vn.hotline1022.reporting.units;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.UnitChanged;

/** routing's directory → reporting's {@link UnitDirectoryStore}. */
@Component
@RequiredArgsConstructor
class DirectoryListener {

    private final UnitDirectoryStore directory;

    @KafkaListener(topics = Topics.UNIT_CHANGED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onChanged(EventEnvelope<UnitChanged> e) {
        UnitChanged u = e.payload();
        directory.changed(new UnitDirectoryStore.KnownUnit(u.unitCode(), u.name(), u.transferable(), u.dialableNumbers(),
                u.numbersToCome(), u.leftService()), u.version(), e.occurredAt());
    }
}
