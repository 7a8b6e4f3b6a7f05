package vn.hotline1022.intake.caller.domain;

import vn.hotline1022.intake.domain.InvalidValueException;

import java.time.Instant;

/** A supervisor's warning on a number. Flagged callers are still logged; operators just see the warning. */
public record CallerFlag(String callerNumber, FlagKind kind, String reason, String flaggedBy, Instant flaggedAt,
                         boolean blocked) {

    /**
     * A flag warns the operator; a flag with {@code blocked} also makes the switchboard reject the number's calls
     * before anyone picks up (CTI {@code newCall} → {@code {"action":"reject"}}).
     */
    public CallerFlag(String callerNumber, FlagKind kind, String reason, String flaggedBy, Instant flaggedAt) {
        this(callerNumber, kind, reason, flaggedBy, flaggedAt, false);
    }

    public CallerFlag {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "intake.flag.reason.required");
        }
        if (reason.length() > 500) {
            throw new InvalidValueException("reason", "intake.flag.reason.max-500");
        }
        reason = reason.strip();
    }
}
