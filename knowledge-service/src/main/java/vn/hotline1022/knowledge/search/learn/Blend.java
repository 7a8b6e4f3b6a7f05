package vn.hotline1022.knowledge.search.learn;

/**
 * How the translation language model is mixed in (Xue, Jeon &amp; Croft 2008): {@code translation} is the share of
 * P(q|D) that comes through translated words (the rest is the entry's own words), {@code smoothing} the share of the
 * whole collection's word probability (below 1: Jelinek-Mercer; 1 and above: the
 * Dirichlet prior μ), {@code weight} the blend of the normalised model score with the lexical
 * score, {@code depth} how many lexical hits are re-ranked. {@code mode}: how the two scores
 * are put on one scale before mixing (see {@link Mode}); {@code bigrams}: the weight of the question's
 * syllable pairs against its single syllables in the model score (pairs are sparse and would otherwise dominate). Chosen by cross-validation on the usage log.
 */
public record Blend(double translation, double smoothing, double weight, int depth, Mode mode,
                    double bigrams, Lexical lexical) {

    public Blend(double translation, double smoothing, double weight, int depth) {
        this(translation, smoothing, weight, depth, Mode.LINEAR, 1);
    }

    public Blend(double translation, double smoothing, double weight, int depth, Mode mode, double bigrams) {
        this(translation, smoothing, weight, depth, mode, bigrams, Lexical.ENGINE);
    }

    /**
     * The lexical side of the blend, over the same candidates. ENGINE: the engine's own score (field weights, synonym
     * alternatives, accent clauses, repairs); PLAIN: plain BM25 of the candidate's folded syllables and syllable pairs
     * ({@link QueryWords#plainBm25}), the score the scratch replica of the prototype blended with.
     */
    public enum Lexical { ENGINE, PLAIN }

    /**
     * LINEAR: lexical / best and exp((log P − best) / |Q|), both in (0, 1]; GEOMETRIC: the same, multiplied with
     * exponents 1 − w and w; STANDARD: each as a z-score over the candidates (then shifted to stay positive);
     * RANKS: reciprocal rank fusion, (1 − w) / (60 + lexical rank) + w / (60 + model rank).
     */
    public enum Mode { LINEAR, GEOMETRIC, STANDARD, RANKS }

    public Blend {
        if (translation < 0 || translation > 1 || smoothing <= 0 || smoothing == 1 || weight < 0 || weight > 1
                || depth < 1 || mode == null || lexical == null) {
            throw new IllegalArgumentException("blend out of range: " + translation + "/" + smoothing + "/" + weight);
        }
    }
}
