package vn.hotline1022.contracts.events;

import java.time.Instant;

/** Nobody could answer the caller; the responsible unit must. No caller identity leaves intake. */
public record QuestionUnanswered(String callId, String question, String topic, String locality, Instant askedAt) {
}
