package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.SwitchboardDialled;
import vn.hotline1022.routing.infra.RejectedMessageException;

/** Maps intake's switchboard.dialled into routing's model: an attempt of the operator's transfer. */
@Component
@RequiredArgsConstructor
class SwitchboardDialListener {

    private final SwitchboardDials dials;

    @KafkaListener(id = "routing-switchboard-dials", topics = Topics.SWITCHBOARD_DIALLED, groupId = "routing-service")
    void onDialled(EventEnvelope<SwitchboardDialled> event) {
        SwitchboardDialled d = event.payload();
        if (d.ctiCallId().isBlank() || d.dialledAt() == null) {
            throw new RejectedMessageException("routing.message.required", "payload.ctiCallId, payload.dialledAt");
        }
        dials.record(d);
    }
}
