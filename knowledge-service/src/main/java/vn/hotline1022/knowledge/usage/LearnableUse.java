package vn.hotline1022.knowledge.usage;

/** A use the learner may train on: the caller's words and the entry read out, by id and by code (null if none). */
public record LearnableUse(String question, String entryId, String externalId) {
}
