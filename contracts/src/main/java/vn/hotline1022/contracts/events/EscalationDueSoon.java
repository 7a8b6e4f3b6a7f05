package vn.hotline1022.contracts.events;

import java.time.Instant;

/**
 * A reminder to the unit, on its own escalations topic, that an open question is due soon: once per escalation,
 * some hours before {@code dueAt} (routing's {@code hotline.escalation.reminder-before}).
 */
public record EscalationDueSoon(String escalationId, String unitCode, String question, Instant dueAt) {
}
