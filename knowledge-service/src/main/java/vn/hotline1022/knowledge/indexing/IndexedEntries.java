package vn.hotline1022.knowledge.indexing;

import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.LearnedPhrasing;
import vn.hotline1022.knowledge.search.IndexedEntry;

import java.util.ArrayList;
import java.util.List;

/** Maps an entry to what the search index needs; learned phrasings count as phrasings. */
final class IndexedEntries {

    private IndexedEntries() {
    }

    static IndexedEntry of(Entry e) {
        EntryContent c = e.content();
        List<String> phrasings = new ArrayList<>(c.phrasings());
        e.learnedPhrasings().stream().map(LearnedPhrasing::text).forEach(phrasings::add);
        return new IndexedEntry(e.id(), c.externalId(), c.question(), phrasings, c.tags(), c.answer(), c.topic(),
                c.localities(), e.status(), c.validFrom(), c.validUntil(), c.supersededBy(), e.usageCount(),
                c.answerVariants());
    }
}
