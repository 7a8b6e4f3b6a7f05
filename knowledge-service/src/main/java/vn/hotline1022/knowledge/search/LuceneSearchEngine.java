package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import vn.hotline1022.knowledge.search.learn.DocTerms;
import vn.hotline1022.knowledge.search.learn.LexicalHit;
import vn.hotline1022.knowledge.search.learn.TranslationModel;
import vn.hotline1022.knowledge.search.learn.TranslationReranker;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** {@link SearchEngine} on Lucene: an index on a scratch directory, rebuilt from the source of truth at start. */
public final class LuceneSearchEngine implements SearchEngine {

    static {
        IndexSearcher.setMaxClauseCount(16_384);
    }

    private final LuceneIndex index = new LuceneIndex();
    private final RankingWeights weights;
    private final HitRanker ranker;
    private volatile Synonyms synonyms = Synonyms.NONE;
    private final DocTerms docTerms = new DocTerms();
    private final TranslationReranker reranker = new TranslationReranker(docTerms);

    public LuceneSearchEngine(RankingWeights weights, Clock clock) {
        this.weights = weights;
        this.ranker = new HitRanker(clock);
    }

    public LuceneSearchEngine() {
        this(RankingWeights.DEFAULT, Clock.systemUTC());
    }

    @Override
    public int rebuild(Iterator<IndexedEntry> entries) {
        return index.write(writer -> {
            writer.deleteAll();
            docTerms.clear();
            int count = 0;
            while (entries.hasNext()) {
                IndexedEntry entry = entries.next();
                writer.addDocument(EntryDocuments.toDocument(entry));
                docTerms.put(entry.id(), EntryDocuments.text(entry));
                count++;
            }
            return count;
        });
    }

    @Override
    public void upsert(IndexedEntry entry) {
        upsertAll(List.of(entry));
    }

    @Override
    public void upsertAll(List<IndexedEntry> entries) {
        index.write(writer -> {
            for (IndexedEntry entry : entries) {
                writer.updateDocument(new Term(Fields.ID, entry.id()), EntryDocuments.toDocument(entry));
                docTerms.put(entry.id(), EntryDocuments.text(entry));
            }
            return entries.size();
        });
    }

    @Override
    public void delete(String id) {
        index.write(writer -> {
            writer.deleteDocuments(new Term(Fields.ID, id));
            docTerms.remove(id);
            return 1;
        });
    }

    @Override
    public SearchResult search(SearchRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            return new SearchResult(List.of(), false);
        }
        return index.read(searcher -> {
            QueryPlan plan = new QueryPlanner(searcher.getIndexReader(), synonyms, weights).plan(request.text());
            Query query = SearchQueries.filtered(plan.query(), request);
            int depth = request.boosted() ? Math.max(request.limit() * 4, 40) : Math.max(request.limit() * 2, 20);
            TranslationModel model = reranker.model();
            List<HitRanker.Candidate> candidates = model == null ? Candidates.lexical(searcher, query, depth)
                    : Candidates.reranked(searcher, query, request.text(), reranker, model, depth);
            List<HitRanker.Candidate> ranked = ranker.rank(candidates, request.limit(), request.boostTopic(),
                    request.boostLocality());
            List<SearchHit> hits = ranked.stream().map(c -> ranker.toHit(c, plan.highlightTerms())).toList();
            boolean confident = !ranked.isEmpty() && ranker.coverage(ranked.get(0), plan.syllables()) >= 0.5;
            return new SearchResult(hits, confident);
        });
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        List<Tokens.Token> tokens = prefix == null ? List.of() : Tokens.folded(prefix);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Query query = SearchQueries.suggestion(prefix, tokens);
        return index.read(searcher -> {
            List<Suggestion> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, Math.min(limit, 20))).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                if (doc.get(Fields.QUESTION) != null) {
                    out.add(new Suggestion(doc.get(Fields.ID), doc.get(Fields.QUESTION)));
                }
            }
            return out;
        });
    }

    @Override
    public void useSynonyms(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    public void useModel(TranslationModel model) {
        reranker.use(model);
    }

    @Override
    public TranslationModel model() {
        return reranker.model();
    }

    @Override
    public List<LexicalHit> lexical(String text, int depth) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return index.read(searcher -> Candidates.hits(searcher,
                new QueryPlanner(searcher.getIndexReader(), synonyms, weights).plan(text).query(), depth));
    }

    @Override
    public DocTerms docTerms() {
        return docTerms;
    }

    @Override
    public int size() {
        return index.read(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() {
        index.close();
    }
}
