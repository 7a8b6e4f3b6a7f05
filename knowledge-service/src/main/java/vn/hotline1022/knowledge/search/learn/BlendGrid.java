package vn.hotline1022.knowledge.search.learn;

import java.util.List;

/** Every blend of the options, tallied over all held-out questions: the learner's grid search. */
final class BlendGrid {

    private static final Blend.Mode[] MODES = {Blend.Mode.LINEAR, Blend.Mode.GEOMETRIC, Blend.Mode.RANKS};

    record Best(Blend blend, RankTally tally) {
    }

    private final Learner.Options options;
    private final RankTally[][][][] tallies;

    BlendGrid(Learner.Options options) {
        this.options = options;
        tallies = new RankTally[options.depths().length][options.translations().length][options.smoothings().length]
                [options.weights().length * MODES.length * options.bigrams().length];
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

    void score(UsagePair pair, List<LexicalHit> all, QueryWords words, DocTerms docs) {
        int n = all.size();
        double[][] own = new double[n][Math.max(1, words.slots)];
        double[][] translated = new double[n][Math.max(1, words.slots)];
        int[] lengths = new int[n];
        boolean[] known = new boolean[n];
        for (int i = 0; i < n; i++) {
            DocTerms.Vector vector = docs.vector(all.get(i).id());
            if (vector != null) {
                words.accumulate(vector, own[i], translated[i]);
                lengths[i] = vector.length();
                known[i] = true;
            }
        }
        double[] single = new double[n];
        double[] pairs = new double[n];
        double[] likelihood = new double[n];
        double[] parts = new double[2];
        int weights = options.weights().length * MODES.length;
        for (int t = 0; t < options.translations().length; t++) {
            for (int s = 0; s < options.smoothings().length; s++) {
                for (int i = 0; i < n; i++) {
                    if (known[i]) {
                        words.logLikelihoods(own[i], translated[i], lengths[i], options.translations()[t],
                                options.smoothings()[s], parts);
                        single[i] = parts[0];
                        pairs[i] = parts[1];
                    }
                }
                for (int g = 0; g < options.bigrams().length; g++) {
                    double bigrams = options.bigrams()[g];
                    for (int i = 0; i < n; i++) {
                        likelihood[i] = known[i] ? single[i] + bigrams * pairs[i] : Double.NEGATIVE_INFINITY;
                    }
                    for (int d = 0; d < options.depths().length; d++) {
                        int depth = Math.min(n, options.depths()[d]);
                        List<LexicalHit> hits = all.subList(0, depth);
                        double[] cut = java.util.Arrays.copyOf(likelihood, depth);
                        int[] modelRanks = RankFusion.modelRanks(cut);   // the same for every weight
                        for (int w = 0; w < weights; w++) {
                            Blend.Mode mode = MODES[w % MODES.length];
                            double weight = options.weights()[w / MODES.length];
                            double[] blended = mode == Blend.Mode.RANKS ? RankFusion.fuse(modelRanks, weight)
                                    : TranslationReranker.blend(hits, cut, words.weightedCount(bigrams), weight, mode);
                            tallies[d][t][s][g * weights + w].add(Learner.rankOf(pair.entryId(), hits, blended));
                        }
                    }
                }
            }
        }
    }

    Best best() {
        Best best = null;
        for (int d = 0; d < options.depths().length; d++) {
            for (int t = 0; t < options.translations().length; t++) {
                for (int s = 0; s < options.smoothings().length; s++) {
                    for (int k = 0; k < tallies[d][t][s].length; k++) {
                        RankTally tally = tallies[d][t][s][k];
                        int weights = options.weights().length * MODES.length;
                        int w = k % weights;
                        int g = k / weights;
                        if (best == null || tally.recall5() + tally.mrr10()
                                > best.tally().recall5() + best.tally().mrr10() + 1e-9) {
                            best = new Best(new Blend(options.translations()[t], options.smoothings()[s],
                                    options.weights()[w / MODES.length], options.depths()[d], MODES[w % MODES.length],
                                    options.bigrams()[g]), tally);
                        }
                    }
                }
            }
        }
        return best;
    }
}
