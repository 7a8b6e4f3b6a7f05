package vn.hotline1022.knowledge.search;

import java.time.Instant;
import java.util.List;

/**
 * What the search index needs of a knowledge entry. {@code localities} empty means province-wide;
 * {@code question} may be null when a corpus has only answers.
 */
public record IndexedEntry(String id, String externalId, String question, List<String> phrasings, List<String> tags,
                           String answer, String topic, List<String> localities, String status,
                           Instant validFrom, Instant validUntil, String supersededBy, long usageCount) {

    public IndexedEntry {
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
        tags = tags == null ? List.of() : List.copyOf(tags);
        localities = localities == null ? List.of() : List.copyOf(localities);
    }
}
