package vn.hotline1022.knowledge.search.learn;

import java.util.List;

/**
 * Re-ranks the lexical top N with the learned translation language model and blends both scores. With no model
 * it is inactive and search behaves as the lexical engine alone.
 */
public final class TranslationReranker {

    record Bound(TranslationModel model, int[] sourceIds) {
    }

    private final DocTerms docs;
    private volatile Bound bound;

    public TranslationReranker(DocTerms docs) {
        this.docs = docs;
    }

    /** Serves {@code model} from now on; null switches re-ranking off. */
    public void use(TranslationModel model) {
        bound = model == null ? null : bind(model, docs);
    }

    public TranslationModel model() {
        Bound b = bound;
        return b == null ? null : b.model();
    }

    static Bound bind(TranslationModel model, DocTerms docs) {
        String[] words = model.sourceWords();
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = docs.terms().add(words[i]);
        }
        return new Bound(model, ids);
    }

    /** Blended scores of the candidates, in their order; the lexical scores unchanged when no model serves. */
    public double[] rerank(String question, List<LexicalHit> candidates) {
        double[] out = new double[candidates.size()];
        Bound b = bound;
        if (b == null || candidates.isEmpty()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = candidates.get(i).score();
            }
            return out;
        }
        QueryWords words = new QueryWords(question, b, docs);
        Blend blend = b.model().blend();
        double[] lexical = new double[candidates.size()];
        for (int i = 0; i < lexical.length; i++) {
            lexical[i] = candidates.get(i).score();
        }
        double[] likelihood = likelihoods(words, candidates, blend,
                blend.lexical() == Blend.Lexical.PLAIN ? lexical : null);
        return blend(lexical, blend.lexical() == Blend.Lexical.ENGINE, likelihood,
                words.weightedCount(blend.bigrams()), blend.weight(), blend.mode());
    }

    double[] likelihoods(QueryWords words, List<LexicalHit> candidates, Blend blend) {
        return likelihoods(words, candidates, blend, null);
    }

    /** The model's log-likelihoods; with {@code plain} not null, each candidate's plain BM25 into it as well. */
    double[] likelihoods(QueryWords words, List<LexicalHit> candidates, Blend blend, double[] plain) {
        double[] own = new double[Math.max(1, words.slots)];
        double[] translated = new double[own.length];
        double[] likelihood = new double[candidates.size()];
        for (int i = 0; i < likelihood.length; i++) {
            DocTerms.Vector vector = docs.vector(candidates.get(i).id());
            if (vector == null) {
                likelihood[i] = Double.NEGATIVE_INFINITY;
                if (plain != null) {
                    plain[i] = 0;
                }
                continue;
            }
            words.accumulate(vector, own, translated);
            likelihood[i] = words.logLikelihood(own, translated, vector.length(), blend.translation(), blend.smoothing(),
                    blend.bigrams());
            if (plain != null) {
                plain[i] = words.plainBm25(own, 0, vector);
            }
        }
        return likelihood;
    }

    /** Both scores on one scale (see {@link Blend.Mode}), mixed with weight w; always positive for the final ranker. */
    static double[] blend(List<LexicalHit> candidates, double[] likelihood, double questionWords, double weight,
                          Blend.Mode mode) {
        double[] lexical = new double[candidates.size()];
        for (int i = 0; i < lexical.length; i++) {
            lexical[i] = candidates.get(i).score();
        }
        return blend(lexical, true, likelihood, questionWords, weight, mode);
    }

    /**
     * The same over lexical scores of any side; {@code inOrder}: the candidates arrive in the order of those scores
     * (the engine's), so rank fusion takes the position as the lexical rank rather than ranking the scores.
     */
    static double[] blend(double[] lexicalScores, boolean inOrder, double[] likelihood, double questionWords,
                          double weight, Blend.Mode mode) {
        int n = likelihood.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        double bestLexical = 0;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            bestLexical = Math.max(bestLexical, lexicalScores[i]);
            bestLikelihood = Math.max(bestLikelihood, likelihood[i]);
        }
        if (mode == Blend.Mode.STANDARD) {
            return standard(lexicalScores, likelihood, questionWords, weight);
        }
        if (mode == Blend.Mode.RANKS) {
            return RankFusion.fuse(inOrder ? null : RankFusion.modelRanks(lexicalScores),
                    RankFusion.modelRanks(likelihood), weight);
        }
        for (int i = 0; i < n; i++) {
            double lexical = bestLexical > 0 ? lexicalScores[i] / bestLexical : 0;
            double model = questionWords == 0 || Double.isInfinite(likelihood[i]) ? 0
                    : Math.exp((likelihood[i] - bestLikelihood) / questionWords);
            out[i] = mode == Blend.Mode.GEOMETRIC ? Math.pow(lexical, 1 - weight) * Math.pow(model, weight)
                    : (1 - weight) * lexical + weight * model;
        }
        return out;
    }

    private static double[] standard(double[] lexicalScores, double[] likelihood, double questionWords,
                                     double weight) {
        int n = likelihood.length;
        double[] lexical = new double[n];
        double[] model = new double[n];
        double floor = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lexical[i] = lexicalScores[i];
            if (!Double.isInfinite(likelihood[i])) {
                model[i] = likelihood[i] / Math.max(1, questionWords);
                floor = Math.min(floor, model[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(likelihood[i])) {
                model[i] = floor;
            }
        }
        zScores(lexical);
        zScores(model);
        double[] out = new double[n];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            out[i] = (1 - weight) * lexical[i] + weight * model[i];
            min = Math.min(min, out[i]);
        }
        for (int i = 0; i < n; i++) {
            out[i] = out[i] - min + 0.01;
        }
        return out;
    }

    private static void zScores(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(variance / values.length);
        for (int i = 0; i < values.length; i++) {
            values[i] = sd > 0 ? (values[i] - mean) / sd : 0;
        }
    }
}
