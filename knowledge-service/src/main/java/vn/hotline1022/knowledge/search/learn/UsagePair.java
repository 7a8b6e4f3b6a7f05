package vn.hotline1022.knowledge.search.learn;

/** One line of the usage log as the learner sees it: a caller's question and the entry the operator used. */
public record UsagePair(String question, String entryId) {
}
