package vn.hotline1022.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
            int count = 0;
            while (entries.hasNext()) {
                writer.addDocument(EntryDocuments.toDocument(entries.next()));
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
            }
            return entries.size();
        });
    }

    @Override
    public void delete(String id) {
        write(() -> {
            writer.deleteDocuments(new Term(Fields.ID, id));
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
            ScoreDoc[] top = searcher.search(query, depth).scoreDocs;
            List<HitRanker.Candidate> candidates = new ArrayList<>();
            for (ScoreDoc scoreDoc : top) {
                if (scoreDoc.score <= 0f) {
                    continue;
                }
                candidates.add(new HitRanker.Candidate(searcher.storedFields().document(scoreDoc.doc), scoreDoc.score));
            }
            List<HitRanker.Candidate> ranked = ranker.rank(candidates, request.limit(), request.boostTopic(),
                    request.boostLocality());
            List<SearchHit> hits = ranked.stream().map(c -> ranker.toHit(c, plan.highlightTerms())).toList();
            boolean confident = !ranked.isEmpty() && ranker.coverage(ranked.get(0), plan.syllables()) >= 0.5;
            return new SearchResult(hits, confident);
        });
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
