package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import vn.hotline1022.knowledge.search.learn.DocTerms;
import vn.hotline1022.knowledge.search.learn.LexicalHit;
import vn.hotline1022.knowledge.search.learn.TranslationModel;
import vn.hotline1022.knowledge.search.learn.TranslationReranker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** {@link SearchEngine} on Lucene: an index on a scratch directory, rebuilt from the source of truth at start. */
public final class LuceneSearchEngine implements SearchEngine {

    static {
        IndexSearcher.setMaxClauseCount(16_384);
    }

    private static final WholeIndexBM25 SIMILARITY = new WholeIndexBM25();

    private final Directory directory;
    private final Path scratch;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final RankingWeights weights;
    private final Clock clock;
    private final HitRanker ranker;
    private volatile Synonyms synonyms = Synonyms.NONE;
    private final DocTerms docTerms = new DocTerms();
    private final TranslationReranker reranker = new TranslationReranker(docTerms);

    public LuceneSearchEngine(RankingWeights weights, Clock clock) {
        try {
            this.scratch = Files.createTempDirectory("knowledge-index");
            this.directory = new MMapDirectory(scratch);
            IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64)
                    .setSimilarity(SIMILARITY);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                                 org.apache.lucene.index.IndexReader previous) {
                    IndexSearcher searcher = new EntryLevelSearcher(reader);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.weights = weights;
        this.clock = clock;
        this.ranker = new HitRanker(clock);
    }

    public LuceneSearchEngine() {
        this(RankingWeights.DEFAULT, Clock.systemUTC());
    }

    @Override
    public int rebuild(Iterator<IndexedEntry> entries) {
        return write(() -> {
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
        write(() -> {
            for (IndexedEntry entry : entries) {
                writer.updateDocument(new Term(Fields.ID, entry.id()), EntryDocuments.toDocument(entry));
                docTerms.put(entry.id(), EntryDocuments.text(entry));
            }
            return entries.size();
        });
    }

    @Override
    public void delete(String id) {
        write(() -> {
            writer.deleteDocuments(new Term(Fields.ID, id));
            docTerms.remove(id);
            return 1;
        });
    }

    private interface IndexWrite {
        int run() throws IOException;
    }

    private int write(IndexWrite change) {
        try {
            int count = change.run();
            searchers.maybeRefreshBlocking();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            return new SearchResult(List.of(), false);
        }
        return withSearcher(searcher -> {
            QueryPlan plan = new QueryPlanner(searcher.getIndexReader(), synonyms, weights).plan(request.text());
            Query query = filtered(plan.query(), request);
            int depth = request.boosted() ? Math.max(request.limit() * 4, 40) : Math.max(request.limit() * 2, 20);
            TranslationModel model = reranker.model();
            List<HitRanker.Candidate> candidates = model == null ? lexicalCandidates(searcher, query, depth)
                    : rerankedCandidates(searcher, query, request.text(), model, depth);
            List<HitRanker.Candidate> ranked = ranker.rank(candidates, request.limit(), request.boostTopic(),
                    request.boostLocality());
            List<SearchHit> hits = ranked.stream().map(c -> ranker.toHit(c, plan.highlightTerms())).toList();
            boolean confident = !ranked.isEmpty() && ranker.coverage(ranked.get(0), plan.syllables()) >= 0.5;
            return new SearchResult(hits, confident);
        });
    }

    private static List<HitRanker.Candidate> lexicalCandidates(IndexSearcher searcher, Query query, int depth)
            throws IOException {
        List<HitRanker.Candidate> candidates = new ArrayList<>();
        for (ScoreDoc scoreDoc : searcher.search(query, depth).scoreDocs) {
            if (scoreDoc.score > 0f) {
                candidates.add(new HitRanker.Candidate(searcher.storedFields().document(scoreDoc.doc), scoreDoc.score));
            }
        }
        return candidates;
    }

    /**
     * The lexical top N by id only (doc values), re-ranked by the learned model; the stored fields are read for the
     * best {@code keep} alone, which the final ranker then orders with its usage, validity and boost factors.
     */
    private List<HitRanker.Candidate> rerankedCandidates(IndexSearcher searcher, Query query, String text,
                                                         TranslationModel model, int keep) throws IOException {
        ScoreDoc[] top = searcher.search(query, Math.max(keep, model.blend().depth())).scoreDocs;
        List<LexicalHit> lexical = new ArrayList<>(top.length);
        List<ScoreDoc> docs = new ArrayList<>(top.length);
        for (ScoreDoc scoreDoc : top) {
            if (scoreDoc.score > 0f) {
                lexical.add(new LexicalHit(idOf(searcher, scoreDoc.doc), scoreDoc.score));
                docs.add(scoreDoc);
            }
        }
        double[] blended = reranker.rerank(text, lexical);
        Integer[] order = new Integer[blended.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(blended[b], blended[a]));
        List<HitRanker.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < Math.min(keep, order.length); i++) {
            candidates.add(new HitRanker.Candidate(searcher.storedFields().document(docs.get(order[i]).doc),
                    blended[order[i]]));
        }
        return candidates;
    }

    private static String idOf(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            return searcher.storedFields().document(doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    private static Query filtered(Query query, SearchRequest request) {
        if (request.topic() == null && request.locality() == null) {
            return query;
        }
        // SHOULD beside the filters (not MUST): Lucene then skips whole blocks of filtered entries whose best
        // possible text score cannot enter the top hits; MUST walked every entry of the topic (4× the CPU).
        // Entries matching only the filters score 0 and are dropped after the search.
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.SHOULD);
        if (request.topic() != null) {
            builder.add(new TermQuery(new Term(Fields.TOPIC, request.topic())), Occur.FILTER);
        }
        if (request.locality() != null) {
            builder.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.SCOPE, Fields.PROVINCE_WIDE)), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.SCOPE, request.locality())), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        return builder.build();
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        List<Tokens.Token> tokens = prefix == null ? List.of() : Tokens.folded(prefix);
        if (tokens.isEmpty()) {
            return List.of();
        }
        boolean lastIsPartial = !Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            String syllable = tokens.get(i).text();
            boolean partial = lastIsPartial && i == tokens.size() - 1;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String field : List.of(Fields.TITLE, Fields.PHRASINGS)) {
                Term term = new Term(field + Fields.FOLDED, syllable);
                either.add(partial ? new PrefixQuery(term) : new TermQuery(term), Occur.SHOULD);
            }
            query.add(either.build(), Occur.MUST);
        }
        return withSearcher(searcher -> {
            List<Suggestion> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, Math.min(limit, 20))).scoreDocs) {
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
        return withSearcher(searcher -> {
            QueryPlan plan = new QueryPlanner(searcher.getIndexReader(), synonyms, weights).plan(text);
            List<LexicalHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : searcher.search(plan.query(), depth).scoreDocs) {
                if (scoreDoc.score > 0f) {
                    hits.add(new LexicalHit(idOf(searcher, scoreDoc.doc), scoreDoc.score));
                }
            }
            return hits;
        });
    }

    @Override
    public DocTerms docTerms() {
        return docTerms;
    }

    @Override
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
            try (var files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
