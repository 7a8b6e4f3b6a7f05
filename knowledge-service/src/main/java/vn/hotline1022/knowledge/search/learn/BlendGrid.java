package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;

/**
 * Every blend of the options, tallied over all held-out questions: the learner's grid search. Only the used entry's
 * rank under each blend counts, so the grid skips what cannot change it (a question whose used entry the lexical
 * search missed, a depth that cuts it off), puts each candidate's model score on the blend's scale once per depth
 * and score mix rather than once per weight, and ranks the geometric blend by its logarithm (the same order as
 * {@link TranslationReranker#blend}, without two powers per candidate and weight).
 */
final class BlendGrid {

    private static final Blend.Mode[] MODES = {Blend.Mode.LINEAR, Blend.Mode.GEOMETRIC, Blend.Mode.RANKS};

    record Best(Blend blend, RankTally tally) {
    }

    private final Learner.Options options;
    private final RankTally[][][][] tallies;
    private double[] own = new double[0];
    private double[] translated = new double[0];

    BlendGrid(Learner.Options options) {
        this.options = options;
        tallies = new RankTally[options.depths().length][options.translations().length][options.smoothings().length]
                [options.lexicals().length * options.bigrams().length * options.weights().length * MODES.length];
        for (RankTally[][][] a : tallies) {
            for (RankTally[][] b : a) {
                for (RankTally[] c : b) {
                    for (int i = 0; i < c.length; i++) {
                        c[i] = new RankTally();
                    }
                }
            }
        }
    }

    /** Tallies the question under every blend; {@code bound} (the fold's model) is read only when it can matter. */
    void score(HeldOut question, TranslationReranker.Bound bound, DocTerms docs) {
        if (question.gold() < 0) {
            for (RankTally[][][] a : tallies) {
                for (RankTally[][] b : a) {
                    for (RankTally[] c : b) {
                        for (RankTally tally : c) {
                            tally.add(0);
                        }
                    }
                }
            }
            return;
        }
        QueryWords words = new QueryWords(question.question(), bound, docs);
        int n = question.size();
        int slots = Math.max(1, words.slots);
        if (own.length < n * slots) {
            own = new double[n * slots];
            translated = new double[n * slots];
        }
        int[] lengths = new int[n];
        boolean[] known = new boolean[n];
        double[] plain = new double[n];
        for (int i = 0; i < n; i++) {
            DocTerms.Vector vector = question.vectors()[i];
            if (vector != null) {
                words.accumulate(vector, own, translated, i * slots);
                lengths[i] = vector.length();
                known[i] = true;
                plain[i] = words.plainBm25(own, i * slots, vector);
            }
        }
        double[][] lexicalScores = new double[options.lexicals().length][];
        for (int l = 0; l < lexicalScores.length; l++) {
            lexicalScores[l] = options.lexicals()[l] == Blend.Lexical.PLAIN ? plain : question.scores();
        }
        double[] single = new double[n];
        double[] pairs = new double[n];
        double[] likelihood = new double[n];
        double[] parts = new double[2];
        BlendScales scales = new BlendScales(n);
        int weights = options.weights().length * MODES.length;
        int bigramCount = options.bigrams().length;
        for (int t = 0; t < options.translations().length; t++) {
            for (int s = 0; s < options.smoothings().length; s++) {
                for (int i = 0; i < n; i++) {
                    if (known[i]) {
                        words.logLikelihoods(own, translated, i * slots, lengths[i], options.translations()[t],
                                options.smoothings()[s], parts);
                        single[i] = parts[0];
                        pairs[i] = parts[1];
                    }
                }
                for (int g = 0; g < bigramCount; g++) {
                    double bigrams = options.bigrams()[g];
                    for (int i = 0; i < n; i++) {
                        likelihood[i] = known[i] ? single[i] + bigrams * pairs[i] : Double.NEGATIVE_INFINITY;
                    }
                    for (int d = 0; d < options.depths().length; d++) {
                        RankTally[] cell = tallies[d][t][s];
                        int depth = Math.min(n, options.depths()[d]);
                        int[] modelRanks = question.gold() < depth
                                ? RankFusion.modelRanks(Arrays.copyOf(likelihood, depth)) : null;
                        for (int l = 0; l < lexicalScores.length; l++) {
                            int first = (l * bigramCount + g) * weights;
                            if (modelRanks == null) {
                                for (int w = 0; w < weights; w++) {
                                    cell[first + w].add(0);
                                }
                                continue;
                            }
                            boolean engine = lexicalScores[l] == question.scores();
                            int[] lexicalRanks = engine ? null
                                    : RankFusion.modelRanks(Arrays.copyOf(lexicalScores[l], depth));
                            scales.set(lexicalScores[l], likelihood, depth, words.weightedCount(bigrams));
                            for (int w = 0; w < weights; w++) {
                                Blend.Mode mode = MODES[w % MODES.length];
                                double weight = options.weights()[w / MODES.length];
                                double[] blended = mode == Blend.Mode.RANKS
                                        ? RankFusion.fuse(lexicalRanks, modelRanks, weight)
                                        : scales.blend(mode, weight);
                                cell[first + w].add(rankOf(question.gold(), blended, depth));
                            }
                        }
                    }
                }
            }
        }
    }

    /** 1-based rank of candidate {@code gold} among the first {@code depth}, ties in lexical order. */
    static int rankOf(int gold, double[] scores, int depth) {
        int rank = 1;
        double at = scores[gold];
        for (int i = 0; i < depth; i++) {
            if (scores[i] > at || (scores[i] == at && i < gold)) {
                rank++;
            }
        }
        return rank;
    }

    /** The tally of one blend of the grid, null when the grid does not hold it. */
    RankTally tally(Blend blend) {
        int weights = options.weights().length * MODES.length;
        for (int d = 0; d < options.depths().length; d++) {
            for (int t = 0; t < options.translations().length; t++) {
                for (int s = 0; s < options.smoothings().length; s++) {
                    for (int k = 0; k < tallies[d][t][s].length; k++) {
                        if (blendOf(d, t, s, k).equals(blend)) {
                            return tallies[d][t][s][k];
                        }
                    }
                }
            }
        }
        return null;
    }

    Best best() {
        Best best = null;
        for (int d = 0; d < options.depths().length; d++) {
            for (int t = 0; t < options.translations().length; t++) {
                for (int s = 0; s < options.smoothings().length; s++) {
                    for (int k = 0; k < tallies[d][t][s].length; k++) {
                        RankTally tally = tallies[d][t][s][k];
                        if (best == null || tally.recall5() + tally.mrr10()
                                > best.tally().recall5() + best.tally().mrr10() + 1e-9) {
                            best = new Best(blendOf(d, t, s, k), tally);
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The blend of a cell: {@code k} counts weights × modes fastest, then bigram weights, then lexical sides. */
    private Blend blendOf(int d, int t, int s, int k) {
        int weights = options.weights().length * MODES.length;
        int w = k % weights;
        int g = (k / weights) % options.bigrams().length;
        int l = k / weights / options.bigrams().length;
        return new Blend(options.translations()[t], options.smoothings()[s], options.weights()[w / MODES.length],
                options.depths()[d], MODES[w % MODES.length], options.bigrams()[g], options.lexicals()[l]);
    }
}
