package vn.hotline1022.contracts.events;

import java.time.Instant;

/**
 * Nobody could answer the caller; the responsible unit must. No caller identity leaves intake. Additively in v1,
 * {@code questionNo} says which of the call's questions this is (1 when absent): a call escalates each of its
 * questions at most once, so routing keys escalations by call and question.
 */
public record QuestionUnanswered(String callId, String question, String topic, String locality, Instant askedAt,
                                 Integer questionNo) {

    public QuestionUnanswered(String callId, String question, String topic, String locality, Instant askedAt) {
        this(callId, question, topic, locality, askedAt, null);
    }
}
