package vn.hotline1022.knowledge.search;

import java.time.Instant;
import java.util.List;

/** One ranked answer; {@code answerSnippet} is HTML-escaped text with matches wrapped in {@code <mark>}. */
public record SearchHit(String id, String externalId, String question, String answerSnippet, String topic,
                        double score, Instant validUntil, List<String> warnings) {
}
