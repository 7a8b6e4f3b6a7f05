package vn.hotline1022.reporting.digest.domain;

import java.time.Instant;

/** An escalated question a unit has not answered yet, with how many callers asked it. */
public record PendingQuestion(String escalationId, String question, String topic, String locality, Instant dueAt,
                              int callers, Instant raisedAt) {
}
