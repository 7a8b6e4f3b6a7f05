package vn.hotline1022.routing.transfer;

import vn.hotline1022.support.web.ConflictException;

import java.time.Duration;

/**
 * The call's call.received has not reached routing within the wait: a conflict with routing's state, not a bad
 * value, since the call may well exist at intake and arrive a moment later (ADR-007). Answered by
 * {@link TransferProblems} naming the field {@code callId}, with a Retry-After of about one more wait.
 */
class CallNotKnownException extends ConflictException {

    private final long retryAfterSeconds;

    CallNotKnownException(String callId, Duration waited) {
        super("routing.call.not-known", callId);
        this.retryAfterSeconds = Math.max(1, waited.toSeconds() + (waited.toNanosPart() > 0 ? 1 : 0));
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
