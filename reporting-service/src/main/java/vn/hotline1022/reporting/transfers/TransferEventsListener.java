package vn.hotline1022.reporting.transfers;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventEnvelope;
import vn.hotline1022.contracts.Topics;
import vn.hotline1022.contracts.events.TransferAttempted;
import vn.hotline1022.contracts.events.TransferCompleted;
import vn.hotline1022.reporting.units.UnitStatusStore;

@Component
@RequiredArgsConstructor
class TransferEventsListener {

    private final TransferFactStore facts;
    private final UnitStatusStore units;

    @KafkaListener(topics = Topics.TRANSFER_ATTEMPTED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onAttempted(EventEnvelope<TransferAttempted> e) {
        TransferAttempted a = e.payload();
        facts.recordAttempt(e.eventId().toString(), a.transferId(), a.callId(), a.unitCode(), a.maskedNumber(),
                a.outcome(), a.attempt(), e.occurredAt());
        if ("CONNECTED".equals(a.outcome())) {
            units.connected(a.unitCode(), e.occurredAt());
        }
    }

    @KafkaListener(topics = Topics.TRANSFER_COMPLETED, groupId = "${hotline.reporting.group-id:reporting-service}")
    void onCompleted(EventEnvelope<TransferCompleted> e) {
        TransferCompleted t = e.payload();
        if (t.escalationId() != null) {
            // the same transfer, escalated afterwards: its dialled unit and outcome stay as they were
            facts.recordEscalated(t.transferId(), t.escalationId());
            return;
        }
        facts.recordCompleted(e.eventId().toString(), t.transferId(), t.callId(), t.unitCode(), t.connected(),
                t.attempts(), e.occurredAt());
    }
}
