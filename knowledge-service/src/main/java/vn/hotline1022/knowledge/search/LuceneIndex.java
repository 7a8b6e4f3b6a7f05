package vn.hotline1022.knowledge.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The engine's Lucene plumbing: one writer on a scratch directory (the index is rebuilt from the source of truth
 * at start, so nothing here must survive), searchers refreshed after each write, all of it deleted on close.
 */
final class LuceneIndex implements AutoCloseable {

    private static final WholeIndexBM25 SIMILARITY = new WholeIndexBM25();

    interface IndexWrite {
        int run(IndexWriter writer) throws IOException;
    }

    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private final Path scratch;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneIndex() {
        try {
            this.scratch = Files.createTempDirectory("knowledge-index");
            this.directory = new MMapDirectory(scratch);
            IndexWriterConfig config = new IndexWriterConfig(Fields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64)
                    .setSimilarity(SIMILARITY);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new EntryLevelSearcher(reader);
                    searcher.setSimilarity(SIMILARITY);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a change and makes it visible to the next search before returning. */
    int write(IndexWrite change) {
        try {
            int count = change.run(writer);
            searchers.maybeRefreshBlocking();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(SearcherWork<T> work) {
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
