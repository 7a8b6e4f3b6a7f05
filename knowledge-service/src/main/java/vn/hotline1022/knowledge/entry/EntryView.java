package vn.hotline1022.knowledge.entry;

import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryHistoryLine;
import vn.hotline1022.knowledge.domain.LearnedPhrasing;

import java.time.Instant;
import java.util.List;

/** An entry as supervisors see it (everything but the outbox). */
public record EntryView(String id, String externalId, String question, String answer, List<String> answerVariants,
                        List<String> phrasings,
                        List<LearnedPhrasing> learnedPhrasings, String topic, List<String> tags,
                        List<String> localities, String sourceUnit, String legalBasis, Instant validFrom,
                        Instant validUntil, String supersededBy, String internalNote, String status, long version,
                        long usageCount, String escalationId, Instant createdAt, String createdBy, Instant updatedAt,
                        String updatedBy, Instant publishedAt, List<EntryHistoryLine> history) {

    public static EntryView of(Entry e) {
        EntryContent c = e.content();
        return new EntryView(e.id(), c.externalId(), c.question(), c.answer(), c.answerVariants(), c.phrasings(), e.learnedPhrasings(),
                c.topic(), c.tags(), c.localities(), c.sourceUnit(), c.legalBasis(), c.validFrom(), c.validUntil(),
                c.supersededBy(), c.internalNote(), e.status(), e.version(), e.usageCount(), e.escalationId(),
                e.createdAt(), e.createdBy(), e.updatedAt(), e.updatedBy(), e.publishedAt(), e.history());
    }
}
