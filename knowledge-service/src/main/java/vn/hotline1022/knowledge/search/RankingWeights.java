package vn.hotline1022.knowledge.search;

/**
 * Relative weights of the signals. Field weights multiply BM25 per field; the others scale the extra
 * clauses built from the same query (syllable bigrams, exact accents, synonyms, fuzzy repairs).
 */
public record RankingWeights(float title, float phrasings, float tags, float answer,
                             float bigram, float accent, float synonym, float fuzzy) {

    public static final RankingWeights DEFAULT = new RankingWeights(1.5f, 1.2f, 1.0f, 1.0f, 1.0f, 0.5f, 0.7f, 0.4f);
}
