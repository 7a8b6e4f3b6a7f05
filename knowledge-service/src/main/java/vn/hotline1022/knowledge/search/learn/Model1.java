package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IBM Model 1 (Brown et al. 1993) trained by expectation-maximisation on (question, used entry) pairs: the
 * probability that a caller's word q stands for a word w of the answer. Words seen in only one pair on either side
 * are left out (they cannot generalise), a NULL source absorbs the chatter of questions ("chào", "ạ"), and small
 * translations are pruned so the table stays sparse.
 */
public final class Model1 {

    /**
     * {@code maxAnswerWords}: at most that many of an answer's most telling words (count × rarity in the collection)
     * take part, and at most 2 × {@code maxMeetings} ÷ the log's question words (about half of a question's words meet
     * half of an answer's), which bounds a build's time: EM visits every meeting once per iteration;
     * {@code maxPairs}: the most (answer word, question word) pairs the table may hold (12 bytes each while EM runs),
     * beyond which pairs that met once only are left out (a table about four times smaller): the build's memory bound;
     * {@code minTogether}: a question word and an answer word must meet in that many pairs to be learned at all;
     * {@code maxPerTarget}: a question word keeps its strongest answer words only (the per-query cost). The defaults
     * keep every word of all but the longest answers and each question word's 300 strongest answer words (on the log's
     * cross-validation 0.486 / 0.385 recall@5 / MRR@10 against 0.484 / 0.382 with the 60 most telling answer words and
     * 600 per question word, at the same CPU per query; 600 with every word 0.490 / 0.386 but +2.4 ms per query at
     * 5,000 entries), and the long tail of a common answer word's translations (a floor of 0.003 and 150 per answer
     * word; README, "Learning from the desk"). Four EM iterations: on the log's cross-validation the same 0.486 / 0.385
     * as five (three: 0.486 / 0.382), a fifth less of EM's time.
     */
    public record Options(int iterations, int minPairs, double minProbability, int maxPerSource, int maxAnswerWords,
                          int minTogether, long maxMeetings, int maxPerTarget, int maxPairs) {
        public static final Options DEFAULT = new Options(4, 2, 0.003, 150, Integer.MAX_VALUE, 1, 40_000_000, 300,
                8_000_000);

        public Options(int iterations, int minPairs, double minProbability, int maxPerSource, int maxAnswerWords,
                       int minTogether, long maxMeetings) {
            this(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, minTogether, maxMeetings,
                    Integer.MAX_VALUE, DEFAULT_PAIRS);
        }

        private static final int DEFAULT_PAIRS = 8_000_000;

        public Options withAnswerWords(int words) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, words, minTogether, maxMeetings,
                    maxPerTarget, maxPairs);
        }

        public Options withTogether(int together) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, together, maxMeetings,
                    maxPerTarget, maxPairs);
        }

        public Options withPerTarget(int perTarget) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, minTogether,
                    maxMeetings, perTarget, maxPairs);
        }
    }

    private Model1() {
    }

    public static TranslationModel train(List<UsagePair> pairs, DocTerms docs, Options options, Blend blend) {
        // question words share the entries' word ids: one dictionary for the table and the entries' vectors
        TermIds words = docs.terms();
        List<int[][]> questions = new ArrayList<>();
        List<DocTerms.Vector> answers = new ArrayList<>();
        for (UsagePair pair : pairs) {
            DocTerms.Vector answer = docs.vector(pair.entryId());
            if (answer == null || answer.ids().length == 0) {
                continue;
            }
            Map<Integer, Integer> counts = new TreeMap<>();   // ids ascending, as the EM's lookups expect
            for (String word : TermSpace.terms(pair.question())) {
                counts.merge(words.add(word), 1, Integer::sum);
            }
            if (counts.isEmpty()) {
                continue;
            }
            int[] ids = new int[counts.size()];
            int[] tf = new int[counts.size()];
            int k = 0;
            for (var e : counts.entrySet()) {
                ids[k] = e.getKey();
                tf[k++] = e.getValue();
            }
            questions.add(new int[][] {ids, tf});
            answers.add(answer);
        }
        int[] questionPairs = new int[words.size() + 1];
        Map<Integer, Integer> answerPairs = new HashMap<>();
        for (int p = 0; p < questions.size(); p++) {
            for (int q : questions.get(p)[0]) {
                questionPairs[q]++;
            }
            for (int w : answers.get(p).ids()) {
                answerPairs.merge(w, 1, Integer::sum);
            }
        }
        List<int[][]> kept = new ArrayList<>();
        long questionWords = 0;
        for (int[][] q : questions) {
            int[][] k = keep(q[0], q[1], id -> questionPairs[id] >= options.minPairs());
            kept.add(k);
            questionWords += k[0].length;
        }
        // about half of a question's words meet half of the answer's (syllables with syllables, pairs with pairs)
        int answerWords = (int) Math.max(10, Math.min(options.maxAnswerWords(),
                2 * options.maxMeetings() / Math.max(1, questionWords)));
        List<int[][]> sentenceQuestions = new ArrayList<>();
        List<int[][]> sentenceAnswers = new ArrayList<>();
        for (int p = 0; p < questions.size(); p++) {
            int[][] q = kept.get(p);
            DocTerms.Vector a = answers.get(p);
            int[][] w = telling(keep(a.ids(), a.counts(), id -> answerPairs.getOrDefault(id, 0) >= options.minPairs()),
                    docs, answerWords);
            // syllables translate syllables and pairs translate pairs: two sentence pairs, two distributions
            // (one table for both kinds scored lower on the log: recall@5 0.475 against 0.481)
            for (boolean pairsKind : new boolean[] {false, true}) {
                int[][] qk = keep(q[0], q[1], id -> words.word(id).indexOf('_') > 0 == pairsKind);
                int[][] wk = keep(w[0], w[1], id -> words.word(id).indexOf('_') > 0 == pairsKind);
                if (qk[0].length > 0) {
                    sentenceQuestions.add(qk);
                    sentenceAnswers.add(wk);
                }
            }
        }
        int[][][] qs = sentenceQuestions.toArray(int[][][]::new);
        int[][][] as = sentenceAnswers.toArray(int[][][]::new);
        CoOccurrences table = null;
        for (int together = options.minTogether(); table == null; together++) {
            if (together > 64) {
                throw new IllegalArgumentException("the log's question words alone exceed " + options.maxPairs());
            }
            table = CoOccurrences.of(qs, as, words.size(), together, options.maxPairs());
        }
        float[] t = ExpectationMaximisation.translations(table, qs, as, options.iterations());
        return TranslationPruning.prune(table, t, docs, options, blend);
    }

    private interface IdFilter {
        boolean keep(int id);
    }

    private static int[][] keep(int[] ids, int[] tf, IdFilter filter) {
        int n = 0;
        for (int id : ids) {
            n += filter.keep(id) ? 1 : 0;
        }
        int[] outIds = new int[n];
        int[] outTf = new int[n];
        int k = 0;
        for (int i = 0; i < ids.length; i++) {
            if (filter.keep(ids[i])) {
                outIds[k] = ids[i];
                outTf[k++] = tf[i];
            }
        }
        return new int[][] {outIds, outTf};
    }

    private static int[][] telling(int[][] words, DocTerms docs, int max) {
        int n = words[0].length;
        if (n <= max) {
            return words;
        }
        double[] weight = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            weight[i] = -words[1][i] * Math.log(1 / docs.collectionProbability(words[0][i]));
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(weight[a], weight[b]));
        int[] ids = new int[max];
        int[] tf = new int[max];
        Integer[] kept = Arrays.copyOf(order, max);
        Arrays.sort(kept);
        for (int i = 0; i < max; i++) {
            ids[i] = words[0][kept[i]];
            tf[i] = words[1][kept[i]];
        }
        return new int[][] {ids, tf};
    }
}
