package vn.hotline1022.knowledge.search.learn;

import java.util.List;

/**
 * A held-out question of the cross-validation with its lexical candidates looked up once: their word vectors by
 * position (null for an entry without one), their lexical scores, and where the used entry stands among them (-1:
 * the lexical search missed it, so no blend can find it and the grid need not score the question at all).
 */
record HeldOut(String question, DocTerms.Vector[] vectors, double[] scores, int gold) {

    static HeldOut of(UsagePair pair, List<LexicalHit> hits, DocTerms docs) {
        DocTerms.Vector[] vectors = new DocTerms.Vector[hits.size()];
        double[] scores = new double[hits.size()];
        int gold = -1;
        for (int i = 0; i < vectors.length; i++) {
            LexicalHit hit = hits.get(i);
            vectors[i] = docs.vector(hit.id());
            scores[i] = hit.score();
            if (gold < 0 && hit.id().equals(pair.entryId())) {
                gold = i;
            }
        }
        return new HeldOut(pair.question(), vectors, scores, gold);
    }

    int size() {
        return vectors.length;
    }

    /** 1-based lexical rank of the used entry, 0 when the lexical search missed it. */
    int lexicalRank() {
        return gold + 1;
    }
}
