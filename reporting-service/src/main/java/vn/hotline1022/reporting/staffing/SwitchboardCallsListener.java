package vn.hotline1022.reporting.staffing;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.SwitchboardCallEnded;

/** intake's switchboard.call-ended → reporting's {@link SwitchboardCallStore}. */
@Component
@RequiredArgsConstructor
class SwitchboardCallsListener {

    private final SwitchboardCallStore calls;

    @KafkaListener(topics = Topics.SWITCHBOARD_CALL_ENDED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onEnded(EventEnvelope<SwitchboardCallEnded> event) {
        SwitchboardCallEnded c = event.payload();
        calls.record(c.ctiCallId(), c.ringingAt(), c.outcome(), c.waitSeconds(), c.talkSeconds(), c.endedAt());
    }
}
