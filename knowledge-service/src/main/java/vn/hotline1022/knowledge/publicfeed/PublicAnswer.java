package vn.hotline1022.knowledge.publicfeed;

import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.domain.EntryContent;

import java.time.Instant;
import java.util.List;

/** The public face of a published entry: a whitelist of fields, so nothing internal can leak by accident. */
record PublicAnswer(String id, String externalId, String question, String answer, String topic, List<String> tags,
                    List<String> localities, String sourceUnit, String legalBasis, Instant validFrom,
                    Instant validUntil, Instant publishedAt, Instant updatedAt) {

    static PublicAnswer of(Entry e) {
        EntryContent c = e.content();
        return new PublicAnswer(e.id(), c.externalId(), c.question(), c.answer(), c.topic(), c.tags(),
                c.localities(), c.sourceUnit(), c.legalBasis(), c.validFrom(), c.validUntil(), e.publishedAt(),
                e.updatedAt());
    }
}
