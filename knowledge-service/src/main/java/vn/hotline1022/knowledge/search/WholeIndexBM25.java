package vn.hotline1022.knowledge.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * BM25 whose idf counts every entry, not only those that have the field. Phrasings (and learned phrasings)
 * exist on few entries; with Lucene's per-field count their words would look common and a learned phrasing
 * would barely count.
 */
final class WholeIndexBM25 extends BM25Similarity {

    @Override
    public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics termStats) {
        long df = termStats.docFreq();
        long docCount = collectionStats.maxDoc();
        float idf = (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
        return Explanation.match(idf, "idf over all entries", Explanation.match(df, "n"), Explanation.match(docCount, "N"));
    }
}
