package vn.hotline1022.contracts.events;

import java.time.Instant;

/** Published on the unit's own topic: a question the unit must answer by dueAt. */
public record EscalationRaised(String escalationId, String unitCode, String question, String topic, String locality,
                               Instant dueAt, int callCount) {
}
