package vn.hotline1022.intake.callback.domain;

import java.time.Instant;
import java.util.List;

/**
 * A callback task. {@code kind} is null for a unit's answer to relay (the older tasks carry none) and MISSED for a
 * call that rang and nobody picked up; the answer fields are then empty and {@code switchboardCallId} is set.
 */
public record Callback(String id, String kind, String callId, String escalationId, String switchboardCallId,
                       String unitCode, String answer, String question, String topic, String locality,
                       String callerNumber, Instant callStartedAt, String callOperator, CallbackStatus status,
                       String coveredBy, List<CallbackAttempt> attempts, Instant answeredAt, Instant createdAt,
                       Instant updatedAt) {

    public static final String MISSED = "MISSED";

    public Callback {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public boolean missedCall() {
        return MISSED.equals(kind);
    }
}
