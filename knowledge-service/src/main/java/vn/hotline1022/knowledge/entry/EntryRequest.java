package vn.hotline1022.knowledge.entry;

import vn.hotline1022.knowledge.domain.EntryContent;

import java.time.Instant;
import java.util.List;

/** Body of POST/PUT /api/knowledge/entries; validated by {@link EntryContent#problems()}. */
public record EntryRequest(String externalId, String question, String answer, List<String> phrasings, String topic,
                           List<String> tags, List<String> localities, String sourceUnit, String legalBasis,
                           Instant validFrom, Instant validUntil, String supersededBy, String internalNote,
                           List<String> answerVariants) {

    EntryContent content() {
        return new EntryContent(externalId, question, answer, phrasings, topic, tags, localities, sourceUnit,
                legalBasis, validFrom, validUntil, supersededBy, internalNote, answerVariants);
    }
}
