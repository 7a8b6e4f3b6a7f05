package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.CallAlreadyClosedException;
import vn.hotline1022.intake.call.domain.Closing;
import vn.hotline1022.intake.call.domain.FailedTransfer;
import vn.hotline1022.intake.call.domain.Outcome;

import java.time.Clock;
import java.time.Instant;

/** What routing's transfer events do to a call: close it as transferred or escalated, or note a failed transfer. */
@Service
@RequiredArgsConstructor
public class RoutingOutcomes {

    private static final Logger log = LoggerFactory.getLogger(RoutingOutcomes.class);

    private final CallStore store;
    private final CallCloser closer;
    private final Clock clock;

    /** Routing connected the caller to a unit; an already closed (or unknown) call is left alone. */
    public void closeTransferred(String eventId, String callId, String unitCode, Instant connectedAt) {
        closeByRouting("transfer", eventId, callId, Outcome.TRANSFERRED, unitCode, connectedAt);
    }

    /**
     * Routing escalated the question of a transfer that reached nobody: the call closes as ESCALATED to that unit.
     * Routing already holds the question, so no question.unanswered follows (it would only be deduped there).
     */
    public void closeEscalated(String eventId, String callId, String unitCode, String escalationId, Instant at) {
        if (closeByRouting("escalation", eventId, callId, Outcome.ESCALATED, unitCode, at)) {
            log.info("call {} closed as escalated into {} by routing", callId, escalationId);
        }
    }

    /**
     * Closes the call at the time routing gives, unless that is before the call began or still to come (then now);
     * true when this event closed it, false when the call is unknown or was closed already.
     */
    private boolean closeByRouting(String event, String eventId, String callId, Outcome outcome, String unitCode,
                                   Instant at) {
        var stored = store.find(callId);
        if (stored.isEmpty()) {
            log.warn("{} event {} names unknown call {}; ignored", event, eventId, callId);
            return false;
        }
        Call call = stored.get().call();
        Instant now = clock.instant();
        boolean plausible = at != null && !at.isBefore(call.startedAt()) && !at.isAfter(now);
        try {
            closer.close(call, new Closing(outcome, null, unitCode, null, null, plausible ? at : now,
                    CallService.ROUTING));
            return true;
        } catch (CallAlreadyClosedException e) {
            log.info("{} event {}: call {} already closed; ignored", event, eventId, callId);
            return false;
        }
    }

    /** A transfer that reached nobody: the call stays open with the operator and remembers the attempt. */
    public void noteFailedTransfer(String eventId, String callId, String transferId, String unitCode, int attempts,
                                   Instant occurredAt) {
        var transfer = new FailedTransfer(transferId, unitCode, attempts, occurredAt != null ? occurredAt : clock.instant());
        if (store.addFailedTransfer(callId, transfer)) {
            log.info("call {}: transfer {} to {} reached nobody after {} attempts", callId, transfer.transferId(),
                    transfer.unitCode(), transfer.attempts());
        } else {
            log.info("transfer event {}: call {} unknown or already notes transfer {}; ignored", eventId, callId,
                    transfer.transferId());
        }
    }
}
