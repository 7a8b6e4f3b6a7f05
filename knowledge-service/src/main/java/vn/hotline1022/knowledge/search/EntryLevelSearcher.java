package vn.hotline1022.knowledge.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;

import java.io.IOException;

/**
 * Scores every text field with the word's rarity among entries, not within that one field. Per field, a common
 * word ("tiêm", "covid") looks rare in the titles when only some entries have a title (an imported answer set
 * without questions beside the titled sample base): the 68 titled entries then crowded the answers out of the
 * top five (UIT val recall@5 0.46 alone, 0.08 beside them). The most entries that hold the word in any one field stands in for "entries that
 * hold it", which needs no extra index field.
 */
final class EntryLevelSearcher extends IndexSearcher {

    EntryLevelSearcher(IndexReader reader) {
        super(reader);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        String suffix = suffixOf(term.field());
        if (suffix == null) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        int entries = docFreq;
        for (String field : Fields.TEXT) {
            entries = Math.max(entries, getIndexReader().docFreq(new Term(field + suffix, term.bytes())));
        }
        return new TermStatistics(term.bytes(), entries, Math.max(totalTermFreq, entries));
    }

    private static String suffixOf(String field) {
        for (String suffix : new String[] {Fields.FOLDED, Fields.BIGRAMS, Fields.ACCENTED}) {
            if (field.endsWith(suffix) && Fields.TEXT.contains(field.substring(0, field.length() - suffix.length()))) {
                return suffix;
            }
        }
        return null;
    }
}
