package vn.hotline1022.contracts.events;

import java.time.Instant;

/** An escalation passed its due time without an answer. */
public record EscalationOverdue(String escalationId, String unitCode, Instant dueAt) {
}
