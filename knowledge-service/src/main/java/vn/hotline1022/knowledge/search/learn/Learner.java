package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the served model from the usage log: k-fold cross-validation on the log itself, folds grouped by entry
 * (a held-out question's answer was never seen in training, as with a new question at the desk), chooses the blend
 * on the folds judged (all of them up to a budget of questions, see {@link #judgedFolds}), then trains the
 * translation table on every pair. The evaluation questions are never involved.
 */
public final class Learner {

    public interface LexicalSearch {
        List<LexicalHit> search(String question, int depth);
    }

    private static final Blend.Lexical[] ENGINE_ONLY = {Blend.Lexical.ENGINE};

    /** {@code lexicals}: the lexical sides the grid may blend with (see {@link Blend.Lexical}). */
    public record Options(int folds, int[] depths, double[] translations, double[] smoothings, double[] weights,
                          double[] bigrams, Blend.Lexical[] lexicals, int maxValidation, Model1.Options model1) {
        public static final Options DEFAULT = new Options(5, new int[] {100, 200},
                new double[] {0.5, 0.7, 0.9}, new double[] {10, 30, 100},
                new double[] {0.5, 0.65, 0.8}, new double[] {0.25, 0.5}, ENGINE_ONLY, 4000, Model1.Options.DEFAULT);

        /**
         * The engine's score alone by default: plain BM25 as the lexical side ties with it on the log's
         * cross-validation (0.486 / 0.384 against 0.486 / 0.385) and doubles the grid (README).
         */
        public Options(int folds, int[] depths, double[] translations, double[] smoothings, double[] weights,
                       double[] bigrams, int maxValidation, Model1.Options model1) {
            this(folds, depths, translations, smoothings, weights, bigrams, ENGINE_ONLY, maxValidation, model1);
        }

        public Options with(Model1.Options model) {
            return new Options(folds, depths, translations, smoothings, weights, bigrams, lexicals, maxValidation,
                    model);
        }

        public Options with(Blend.Lexical... sides) {
            return new Options(folds, depths, translations, smoothings, weights, bigrams, sides, maxValidation,
                    model1);
        }

        public int maxDepth() {
            int max = 1;
            for (int d : depths) {
                max = Math.max(max, d);
            }
            return max;
        }
    }

    /**
     * Cross-validated figures: the lexical ranking alone and with the chosen blend, on the same held-out questions.
     * {@code folds}: how the log is split (by entry); {@code judgedFolds}: how many of those were trained and judged
     * ({@code queries} questions in all, every question of a judged fold).
     */
    public record Figures(int pairs, int folds, int judgedFolds, int queries, double lexicalRecall5,
                          double lexicalMrr10, double recall5, double mrr10, Blend blend) {
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
            return new Result(null, new Figures(pairs.size(), 0, 0, 0, 0, 0, 0, 0, null));
        }
        int depth = options.maxDepth();
        int judged = judgedFolds(pairs, options.folds(), options.maxValidation());
        BlendGrid grid = new BlendGrid(options);
        RankTally lexicalOnly = new RankTally();
        for (int fold = 0; fold < judged; fold++) {
            List<UsagePair> training = new ArrayList<>();
            for (UsagePair pair : pairs) {
                if (foldOf(pair, options.folds()) != fold) {
                    training.add(pair);
                }
            }
            TranslationModel model = Model1.train(training, docs, options.model1(), new Blend(0.5, 0.2, 0.5, depth));
            TranslationReranker.Bound bound = TranslationReranker.bind(model, docs);
            for (UsagePair pair : pairs) {
                if (foldOf(pair, options.folds()) == fold) {
                    HeldOut question = HeldOut.of(pair, lexical.search(pair.question(), depth), docs);
                    lexicalOnly.add(question.lexicalRank());
                    grid.score(question, bound, docs);
                }
            }
        }
        BlendGrid.Best best = grid.best();
        TranslationModel model = Model1.train(pairs, docs, options.model1(), best.blend());
        return new Result(model, new Figures(pairs.size(), options.folds(), judged, lexicalOnly.n,
                lexicalOnly.recall5(), lexicalOnly.mrr10(), best.tally().recall5(), best.tally().mrr10(), best.blend()));
    }

    /**
     * How many folds are trained and judged: whole folds, in order, until {@code max} questions are (at least one).
     * Each judged fold costs a training on the rest of the log, so a large log judges two or three of its five folds
     * rather than a sample spread over all five: the same number of judged questions, each fold's model trained on
     * four fifths of the log as before, and half the build's trainings.
     */
    static int judgedFolds(List<UsagePair> pairs, int folds, int max) {
        int[] size = new int[folds];
        for (UsagePair pair : pairs) {
            size[foldOf(pair, folds)]++;
        }
        int judged = 0;
        for (int questions = 0; judged < folds && (judged == 0 || questions < max); judged++) {
            questions += size[judged];
        }
        return judged;
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
}
