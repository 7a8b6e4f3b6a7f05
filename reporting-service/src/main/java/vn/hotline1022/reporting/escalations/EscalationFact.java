package vn.hotline1022.reporting.escalations;

import java.time.Instant;

/**
 * What reporting knows of one escalation, merged from its events in whatever order they came; a field its events
 * have not told yet is null ({@code callCount} too).
 */
public record EscalationFact(String id, String unitCode, String question, String topic, String locality,
                             Instant dueAt, Integer callCount, Instant raisedAt, Instant firstSeenAt,
                             boolean answered, Instant answeredAt, boolean overdue) {
}
