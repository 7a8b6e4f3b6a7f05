package vn.hotline1022.contracts.events;

/** Produced by a unit's system to hotline.escalation-answers.v1. */
public record EscalationAnswerSubmitted(String escalationId, String unitCode, String answer, String answeredBy) {
}
