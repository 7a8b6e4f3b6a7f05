package vn.hotline1022.reporting.staffing;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventReader;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.SwitchboardCallEnded;

/** intake's switchboard.call-ended → reporting's {@link SwitchboardCallStore}. */
@Component
class SwitchboardCallsListener {

    private final EventReader events;
    private final SwitchboardCallStore calls;

    SwitchboardCallsListener(EventReader events, SwitchboardCallStore calls) {
        this.events = events;
        this.calls = calls;
    }

    @KafkaListener(topics = Topics.SWITCHBOARD_CALL_ENDED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onEnded(String message) {
        SwitchboardCallEnded c = events.<SwitchboardCallEnded>read(message, EventType.SWITCHBOARD_CALL_ENDED).payload();
        calls.record(c.ctiCallId(), c.ringingAt(), c.outcome(), c.waitSeconds(), c.talkSeconds(), c.endedAt());
    }
}
