package vn.hotline1022.intake.callback;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.call.CallLookup;
import vn.hotline1022.intake.callback.domain.Callback;
import vn.hotline1022.intake.callback.domain.CallbackAttempt;
import vn.hotline1022.intake.callback.domain.CallbackResult;
import vn.hotline1022.intake.callback.domain.CallbackRules;
import vn.hotline1022.intake.callback.domain.CallbackStatus;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.web.ConflictException;
import vn.hotline1022.support.web.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Callbacks are intake's, because the number to call is: when a unit's answer comes back
 * ({@code escalation.answered}), every call it answers gets a task with the caller's number, the call's time and
 * question, the unit and its answer; an operator calls, records each attempt, and after the last allowed attempt the
 * task is marked unreachable.
 */
@Service
@RequiredArgsConstructor
public class Callbacks {

    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);

    private final CallbackStore store;
    private final CallLookup calls;
    private final Clock clock;
    private final IntakeProperties properties;

    /** Idempotent: a redelivered answer, or a call intake does not know, changes nothing. */
    void answered(String escalationId, String unitCode, String question, String answer, List<String> callIds,
                  Instant answeredAt) {
        Instant now = clock.instant();
        for (String callId : callIds.stream().distinct().toList()) {
            var facts = calls.find(callId, question);
            if (facts.isEmpty()) {
                log.warn("answer of escalation {} names call {} intake does not know; no callback", escalationId, callId);
                continue;
            }
            var call = facts.get();
            String id = CallbackStore.id(callId, escalationId);
            CallbackStatus status = call.callerNumber() == null ? CallbackStatus.NO_NUMBER : CallbackStatus.PENDING;
            String coveredBy = null;
            if (call.callerNumber() != null) {
                coveredBy = store.sameCallerSameAnswer(call.callerNumber(), escalationId, id).map(Callback::id)
                        .orElse(null);
                if (coveredBy != null) {
                    status = CallbackStatus.COVERED;
                }
            }
            Callback task = new Callback(id, null, callId, escalationId, null, unitCode, answer, call.question(),
                    call.topic(), call.locality(), call.callerNumber(), call.startedAt(), call.operator(), status,
                    coveredBy, List.of(), answeredAt == null ? now : answeredAt, now, now);
            if (store.insertIfAbsent(task)) {
                log.info("callback {} for caller {}: {}", id, call.callerNumber() == null ? "withheld"
                        : PhoneNumber.mask(call.callerNumber()), status);
            }
        }
    }

    /**
     * A call that rang and was never answered: the desk calls the number back ("Gọi nhỡ"). One pending task per
     * number: a second missed call from it is COVERED by the first. Idempotent on the switchboard's call.
     */
    public void missed(String switchboardCallId, String callerNumber, Instant rangAt, Instant now) {
        String id = "missed:" + switchboardCallId;
        CallbackStatus status = callerNumber == null ? CallbackStatus.NO_NUMBER : CallbackStatus.PENDING;
        String coveredBy = callerNumber == null ? null : store.pendingMissed(callerNumber, id)
                .map(Callback::id).orElse(null);
        if (coveredBy != null) {
            status = CallbackStatus.COVERED;
        }
        Callback task = new Callback(id, Callback.MISSED, null, null, switchboardCallId, null, null, null, null, null,
                callerNumber, rangAt == null ? now : rangAt, null, status, coveredBy, List.of(), null, now, now);
        if (store.insertIfAbsent(task)) {
            log.info("missed call {} from {}: callback {}", switchboardCallId, callerNumber == null ? "withheld"
                    : PhoneNumber.mask(callerNumber), status);
        }
    }

    /** The citizen called again and was answered: their pending missed-call callbacks are done by themselves. */
    public void calledIn(String callerNumber, Instant now) {
        long done = store.closeMissed(callerNumber, new CallbackAttempt(now, "switchboard", "CALLED_IN", null), now);
        if (done > 0) {
            log.info("caller {} called again: {} missed-call callback(s) done", PhoneNumber.mask(callerNumber), done);
        }
    }

    List<Callback> list(CallbackStatus status) {
        return store.byStatus(status, 500);
    }

    List<Callback> createdBetween(Instant from, Instant to) {
        return store.createdBetween(from, to);
    }

    Callback get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("intake.callback.not-found", id));
    }

    Callback attempt(String id, CallbackResult result, String note, CurrentUser user) {
        for (int retry = 0; retry < 3; retry++) {
            Callback task = get(id);
            if (task.status() != CallbackStatus.PENDING) {
                throw new ConflictException("intake.callback.finished", task.status().name());
            }
            int seen = task.attempts().size();
            CallbackStatus next = CallbackRules.after(result, seen, maxAttempts());
            Instant now = clock.instant();
            CallbackAttempt attempt = new CallbackAttempt(now, user.username(), result.name(), note);
            if (store.recordAttempt(id, seen, attempt, next, now)) {
                log.info("callback {} attempt {} by {}: {} -> {}", id, seen + 1, user.username(), result, next);
                return get(id);
            }
        }
        throw new ConflictException("intake.callback.concurrent-update");
    }

    int maxAttempts() {
        return properties.callbackMaxAttempts();
    }
}
