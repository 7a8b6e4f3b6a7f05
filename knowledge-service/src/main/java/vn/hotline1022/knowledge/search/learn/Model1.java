package vn.hotline1022.knowledge.search.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBM Model 1 (Brown et al. 1993) trained by expectation-maximisation on (question, used entry) pairs: the
 * probability that a caller's word q stands for a word w of the answer. Words seen in only one pair on either side
 * are left out (they cannot generalise), a NULL source absorbs the chatter of questions ("chào", "ạ"), and small
 * translations are pruned so the table stays sparse.
 */
public final class Model1 {

    /**
     * {@code maxAnswerWords}: only an answer's most telling words (count × rarity in the collection) take part, and
     * fewer when the log is large ({@code maxMeetings} bounds the memory of a build: 8 bytes a meeting);
     * {@code minTogether}: a question word and an answer word must meet in that many pairs to be learned at all.
     */
    public record Options(int iterations, int minPairs, double minProbability, int maxPerSource, int maxAnswerWords,
                          int minTogether, int maxMeetings) {
        public static final Options DEFAULT = new Options(5, 2, 0.01, 40, 60, 1, 4_000_000);

        public Options withAnswerWords(int words) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, words, minTogether, maxMeetings);
        }

        public Options withTogether(int together) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, together, maxMeetings);
        }
    }

    private static final int NULL = CoOccurrences.NULL;

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
            Map<Integer, Integer> counts = new HashMap<>();
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
                2L * options.maxMeetings() / Math.max(1, questionWords)));
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
        CoOccurrences table = CoOccurrences.of(qs, as, words.size(), options.minTogether());
        float[] t = new float[table.size()];
        Arrays.fill(t, 1f);
        float[] counts = new float[table.size()];
        double[] totals = new double[table.sourceOfRow.length];
        int[] slots = new int[1024];
        int nullRow = table.row(NULL);
        for (int iteration = 0; iteration < options.iterations(); iteration++) {
            Arrays.fill(counts, 0f);
            for (int p = 0; p < qs.length; p++) {
                int[] qIds = qs[p][0];
                int[] qTf = qs[p][1];
                int[] wIds = as[p][0];
                int[] wTf = as[p][1];
                if (slots.length < wIds.length + 1) {
                    slots = new int[wIds.length * 2 + 1];
                }
                for (int i = 0; i < qIds.length; i++) {
                    double denominator = 0;
                    for (int j = 0; j < wIds.length; j++) {
                        slots[j] = table.find(table.row(wIds[j]), qIds[i]);
                        denominator += slots[j] < 0 ? 0 : wTf[j] * t[slots[j]];
                    }
                    int nullSlot = table.find(nullRow, qIds[i]);
                    denominator += t[nullSlot];
                    double scale = qTf[i] / denominator;
                    for (int j = 0; j < wIds.length; j++) {
                        if (slots[j] >= 0) {
                            counts[slots[j]] += (float) (scale * wTf[j] * t[slots[j]]);
                        }
                    }
                    counts[nullSlot] += (float) (scale * t[nullSlot]);
                }
            }
            for (int row = 0; row < totals.length; row++) {
                double total = 0;
                for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                    total += counts[s];
                }
                for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                    t[s] = total > 0 ? (float) (counts[s] / total) : 0f;
                }
            }
        }
        return prune(table, t, docs, options, blend);
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

    /** Keeps per answer word its strongest translations above the floor, then lays them out per question word. */
    private static TranslationModel prune(CoOccurrences table, float[] t, DocTerms docs, Options options, Blend blend) {
        Map<Integer, List<Integer>> byTarget = new HashMap<>();
        List<Integer> slots = new ArrayList<>();
        for (int row = 0; row < table.sourceOfRow.length; row++) {
            if (table.sourceOfRow[row] == NULL) {
                continue;
            }
            slots.clear();
            for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                if (t[s] >= options.minProbability()) {
                    slots.add(s);
                }
            }
            slots.sort((a, b) -> Float.compare(t[b], t[a]));
            for (int s : slots.subList(0, Math.min(options.maxPerSource(), slots.size()))) {
                byTarget.computeIfAbsent(table.targets[s], k -> new ArrayList<>()).add(s);
            }
        }
        int[] sourceOfSlot = new int[table.size()];
        for (int row = 0; row < table.sourceOfRow.length; row++) {
            for (int s = table.rowStart[row]; s < table.rowStart[row + 1]; s++) {
                sourceOfSlot[s] = table.sourceOfRow[row];
            }
        }
        Map<Integer, Integer> sourceIndex = new HashMap<>();
        List<String> sourceWords = new ArrayList<>();
        String[] targets = new String[byTarget.size()];
        int[] start = new int[targets.length + 1];
        int total = byTarget.values().stream().mapToInt(List::size).sum();
        int[] sources = new int[total];
        float[] probabilities = new float[total];
        List<Integer> targetOrder = new ArrayList<>(byTarget.keySet());
        targetOrder.sort((a, b) -> docs.terms().word(a).compareTo(docs.terms().word(b)));
        int n = 0;
        for (int i = 0; i < targetOrder.size(); i++) {
            int target = targetOrder.get(i);
            targets[i] = docs.terms().word(target);
            for (int s : byTarget.get(target)) {
                sources[n] = sourceIndex.computeIfAbsent(sourceOfSlot[s], k -> {
                    sourceWords.add(docs.terms().word(k));
                    return sourceWords.size() - 1;
                });
                probabilities[n++] = t[s];
            }
            start[i + 1] = n;
        }
        return new TranslationModel(sourceWords.toArray(String[]::new), targets, start, sources, probabilities, blend);
    }
}
