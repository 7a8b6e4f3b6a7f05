package vn.hotline1022.knowledge.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import vn.hotline1022.knowledge.search.learn.LexicalHit;
import vn.hotline1022.knowledge.search.learn.TranslationModel;
import vn.hotline1022.knowledge.search.learn.TranslationReranker;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The entries a query finds before the final ranking: by text score alone, or re-ranked by the learned model. */
final class Candidates {

    private Candidates() {
    }

    static List<HitRanker.Candidate> lexical(IndexSearcher searcher, Query query, int depth) throws IOException {
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
    static List<HitRanker.Candidate> reranked(IndexSearcher searcher, Query query, String text,
                                              TranslationReranker reranker, TranslationModel model, int keep)
            throws IOException {
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

    /** Ids and text scores only, for the learner's training pairs. */
    static List<LexicalHit> hits(IndexSearcher searcher, Query query, int depth) throws IOException {
        List<LexicalHit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : searcher.search(query, depth).scoreDocs) {
            if (scoreDoc.score > 0f) {
                hits.add(new LexicalHit(idOf(searcher, scoreDoc.doc), scoreDoc.score));
            }
        }
        return hits;
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
}
