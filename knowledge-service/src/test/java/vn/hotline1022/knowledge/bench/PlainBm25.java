package vn.hotline1022.knowledge.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.hotline1022.knowledge.search.IndexedEntry;
import vn.hotline1022.knowledge.search.VietnameseAnalyzer;
import vn.hotline1022.knowledge.search.learn.TermSpace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline that cannot drift: plain Lucene BM25 (k1 1.2, b 0.75) over folded syllables plus folded syllable
 * bigrams of each entry's whole text, one OR query of the question's syllables and bigrams. No field weights, no
 * synonyms, no repairs: printed beside the product's figures on the same data in the same run.
 */
final class PlainBm25 implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainBm25(List<IndexedEntry> entries) throws IOException {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED),
                Map.of("b", new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED_BIGRAMS)));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IndexedEntry e : entries) {
                String text = (e.question() == null ? "" : e.question() + "\n") + String.join("\n", e.phrasings())
                        + "\n" + e.answer() + "\n" + String.join("\n", e.answerVariants());
                Document doc = new Document();
                doc.add(new StoredField("id", e.id()));
                doc.add(new TextField("f", text, Field.Store.NO));
                doc.add(new TextField("b", text, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    List<String> search(String question, int limit) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : TermSpace.terms(question)) {
            query.add(new TermQuery(new Term(term.contains("_") ? "b" : "f", term)), Occur.SHOULD);
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
