package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the served model from the usage log: k-fold cross-validation on the log itself, folds grouped by entry
 * (a held-out question's answer was never seen in training, as with a new question at the desk), chooses the blend
 * on those folds, then trains the translation table on every pair. The evaluation questions are never involved.
 */
public final class Learner {

    public interface LexicalSearch {
        List<LexicalHit> search(String question, int depth);
    }

    public record Options(int folds, int[] depths, double[] translations, double[] smoothings, double[] weights,
                          double[] bigrams, int maxValidation, Model1.Options model1) {
        public static final Options DEFAULT = new Options(5, new int[] {100, 200},
                new double[] {0.5, 0.7, 0.9}, new double[] {10, 30, 100},
                new double[] {0.5, 0.65, 0.8}, new double[] {0.25, 0.5}, 4000, Model1.Options.DEFAULT);

        public Options with(Model1.Options model) {
            return new Options(folds, depths, translations, smoothings, weights, bigrams, maxValidation, model);
        }

        public int maxDepth() {
            int max = 1;
            for (int d : depths) {
                max = Math.max(max, d);
            }
            return max;
        }
    }

    /** Cross-validated figures: the lexical ranking alone and with the chosen blend, on the same held-out questions. */
    public record Figures(int pairs, int folds, int queries, double lexicalRecall5, double lexicalMrr10,
                          double recall5, double mrr10, Blend blend) {
    }

    public record Result(TranslationModel model, Figures figures) {
    }

    private Learner() {
    }

    /** Null model when the log has too few usable pairs to cross-validate (fewer than two per fold). */
    public static Result learn(List<UsagePair> log, DocTerms docs, LexicalSearch lexical, Options options) {
        List<UsagePair> pairs = new ArrayList<>();
        for (UsagePair pair : log) {
            if (docs.vector(pair.entryId()) != null && pair.question() != null && !pair.question().isBlank()) {
                pairs.add(pair);
            }
        }
        if (pairs.size() < options.folds() * 2) {
            return new Result(null, new Figures(pairs.size(), 0, 0, 0, 0, 0, 0, null));
        }
        int depth = options.maxDepth();
        boolean[] held = heldOut(pairs, options.maxValidation());
        List<List<LexicalHit>> candidates = new ArrayList<>(pairs.size());
        for (int p = 0; p < pairs.size(); p++) {
            candidates.add(held[p] ? lexical.search(pairs.get(p).question(), depth) : null);
        }
        Grid grid = new Grid(options);
        Tally lexicalOnly = new Tally();
        for (int fold = 0; fold < options.folds(); fold++) {
            List<UsagePair> training = new ArrayList<>();
            for (UsagePair pair : pairs) {
                if (foldOf(pair, options.folds()) != fold) {
                    training.add(pair);
                }
            }
            TranslationModel model = Model1.train(training, docs, options.model1(), new Blend(0.5, 0.2, 0.5, depth));
            TranslationReranker.Bound bound = TranslationReranker.bind(model, docs);
            for (int p = 0; p < pairs.size(); p++) {
                if (held[p] && foldOf(pairs.get(p), options.folds()) == fold) {
                    List<LexicalHit> hits = candidates.get(p);
                    lexicalOnly.add(rankOf(pairs.get(p).entryId(), hits, null));
                    grid.score(pairs.get(p), hits, new QueryWords(pairs.get(p).question(), bound, docs), docs);
                }
            }
        }
        Grid.Best best = grid.best();
        TranslationModel model = Model1.train(pairs, docs, options.model1(), best.blend());
        return new Result(model, new Figures(pairs.size(), options.folds(), lexicalOnly.n, lexicalOnly.recall5(),
                lexicalOnly.mrr10(), best.tally().recall5(), best.tally().mrr10(), best.blend()));
    }

    /**
     * Which questions are judged: all of them up to {@code max}, beyond that a fixed spread of {@code max} (by a
     * hash of the question), so a large log's build stays within a minute while every pair still trains the folds.
     */
    static boolean[] heldOut(List<UsagePair> pairs, int max) {
        boolean[] held = new boolean[pairs.size()];
        if (pairs.size() <= max) {
            java.util.Arrays.fill(held, true);
            return held;
        }
        Integer[] order = new Integer[pairs.size()];
        int[] hash = new int[pairs.size()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
            hash[p] = (pairs.get(p).question() + '\u0000' + pairs.get(p).entryId()).hashCode() * 0x9E3779B9;
        }
        java.util.Arrays.sort(order, (a, b) -> hash[a] != hash[b] ? Integer.compare(hash[a], hash[b]) : a - b);
        for (int i = 0; i < max; i++) {
            held[order[i]] = true;
        }
        return held;
    }

    static int foldOf(UsagePair pair, int folds) {
        return Math.floorMod(pair.entryId().hashCode() * 31 + 17, folds);
    }

    /** 1-based rank of the gold entry under {@code scores} (lexical order when null), 0 when absent. */
    static int rankOf(String gold, List<LexicalHit> hits, double[] scores) {
        int at = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(gold)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return 0;
        }
        if (scores == null) {
            return at + 1;
        }
        int rank = 1;
        for (int i = 0; i < hits.size(); i++) {
            if (scores[i] > scores[at] || (scores[i] == scores[at] && i < at)) {
                rank++;
            }
        }
        return rank;
    }

    static final class Tally {
        int n;
        int at5;
        double reciprocal;

        void add(int rank) {
            n++;
            at5 += rank >= 1 && rank <= 5 ? 1 : 0;
            reciprocal += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
        }

        double recall5() {
            return n == 0 ? 0 : (double) at5 / n;
        }

        double mrr10() {
            return n == 0 ? 0 : reciprocal / n;
        }
    }

    /** Every blend of the options, tallied over all held-out questions. */
    private static final Blend.Mode[] MODES = {Blend.Mode.LINEAR, Blend.Mode.GEOMETRIC, Blend.Mode.RANKS};

    private static final class Grid {
        record Best(Blend blend, Tally tally) {
        }

        private final Options options;
        private final Tally[][][][] tallies;

        Grid(Options options) {
            this.options = options;
            tallies = new Tally[options.depths().length][options.translations().length][options.smoothings().length]
                    [options.weights().length * MODES.length * options.bigrams().length];
            for (Tally[][][] a : tallies) {
                for (Tally[][] b : a) {
                    for (Tally[] c : b) {
                        for (int i = 0; i < c.length; i++) {
                            c[i] = new Tally();
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
                            for (int w = 0; w < weights; w++) {
                                double[] blended = TranslationReranker.blend(hits, cut, words.weightedCount(bigrams),
                                        options.weights()[w / MODES.length], MODES[w % MODES.length]);
                                tallies[d][t][s][g * weights + w].add(rankOf(pair.entryId(), hits, blended));
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
                            Tally tally = tallies[d][t][s][k];
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
}
