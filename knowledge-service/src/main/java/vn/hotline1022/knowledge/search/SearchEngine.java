package vn.hotline1022.knowledge.search;

import vn.hotline1022.knowledge.search.learn.DocTerms;
import vn.hotline1022.knowledge.search.learn.LexicalHit;
import vn.hotline1022.knowledge.search.learn.TranslationModel;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/**
 * The operator search: a rebuildable in-process index of the entries operators may read out. No Spring or
 * MongoDB here, so the benchmarks drive exactly the code the service runs.
 */
public interface SearchEngine extends Closeable {

    /** Replaces the whole index; returns the number of entries indexed. */
    int rebuild(Iterator<IndexedEntry> entries);

    void upsert(IndexedEntry entry);

    /** Adds or replaces many entries and refreshes once. */
    void upsertAll(List<IndexedEntry> entries);

    void delete(String id);

    SearchResult search(SearchRequest request);

    List<Suggestion> suggest(String prefix, int limit);

    void useSynonyms(Synonyms synonyms);

    int size();

    /** Re-ranks the lexical top N with a learned model from now on; null: lexical ranking alone. */
    void useModel(TranslationModel model);

    TranslationModel model();

    /** The lexical ranking alone (no re-ranking, no usage or validity factors): what the learner re-ranks. */
    List<LexicalHit> lexical(String text, int depth);

    /** Word vectors of the indexed entries, kept for the re-ranker and the learner. */
    DocTerms docTerms();

    @Override
    void close();
}
