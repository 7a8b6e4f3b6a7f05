package vn.hotline1022.knowledge.search;

import java.time.Instant;
import java.util.List;

/**
 * What the search index needs of a knowledge entry. {@code localities} empty means province-wide;
 * {@code question} may be null when a corpus has only answers; {@code answerVariants} (other wordings of the
 * answer) are searched as answer text.
 */
public record IndexedEntry(String id, String externalId, String question, List<String> phrasings, List<String> tags,
                           String answer, String topic, List<String> localities, String status,
                           Instant validFrom, Instant validUntil, String supersededBy, long usageCount,
                           List<String> answerVariants) {

    /** An entry with a single wording of its answer. */
    public IndexedEntry(String id, String externalId, String question, List<String> phrasings, List<String> tags,
                        String answer, String topic, List<String> localities, String status,
                        Instant validFrom, Instant validUntil, String supersededBy, long usageCount) {
        this(id, externalId, question, phrasings, tags, answer, topic, localities, status, validFrom, validUntil,
                supersededBy, usageCount, List.of());
    }

    public IndexedEntry {
        answerVariants = answerVariants == null ? List.of() : List.copyOf(answerVariants);
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
        tags = tags == null ? List.of() : List.copyOf(tags);
        localities = localities == null ? List.of() : List.copyOf(localities);
    }
}
