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
     * {@code maxAnswerWords}: only an answer's most telling words (count × rarity in the collection) take part, which
     * bounds EM's work per pair; the common ones ("của", "covid") translate to everything and end up on NULL anyway.
     */
    public record Options(int iterations, int minPairs, double minProbability, int maxPerSource, int maxAnswerWords,
                          boolean separateKinds, boolean pooled) {
        public static final Options DEFAULT = new Options(5, 2, 0.01, 40, 60, true, false);

        public Options(int iterations, int minPairs, double minProbability, int maxPerSource, int maxAnswerWords,
                       boolean separateKinds) {
            this(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, separateKinds, false);
        }

        public Options withPooled(boolean p) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, separateKinds, p);
        }

        public Options withAnswerWords(int words) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, words, separateKinds, pooled);
        }

        public Options withIterations(int n) {
            return new Options(n, minPairs, minProbability, maxPerSource, maxAnswerWords, separateKinds, pooled);
        }

        public Options withSeparateKinds(boolean separate) {
            return new Options(iterations, minPairs, minProbability, maxPerSource, maxAnswerWords, separate, pooled);
        }
    }

    private static final int NULL = -1;

    private Model1() {
    }

    public static TranslationModel train(List<UsagePair> pairs, DocTerms docs, Options options, Blend blend) {
        // question words share the entries' word ids, so a pooled table can hold both directions
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
        int[] targetPairs = new int[words.size() + 1];
        Map<Integer, Integer> sourcePairs = new HashMap<>();
        for (int p = 0; p < questions.size(); p++) {
            for (int q : questions.get(p)[0]) {
                targetPairs[q]++;
            }
            for (int w : answers.get(p).ids()) {
                sourcePairs.merge(w, 1, Integer::sum);
            }
        }
        // Filter each pair once to the words that may take part, so EM walks only those.
        List<int[][]> keptQuestions = new ArrayList<>(questions.size());
        List<int[][]> keptAnswers = new ArrayList<>(questions.size());
        long work = 0;
        for (int p = 0; p < questions.size(); p++) {
            int[][] q = keep(questions.get(p)[0], questions.get(p)[1], id -> targetPairs[id] >= options.minPairs());
            DocTerms.Vector a = answers.get(p);
            int[][] w = telling(keep(a.ids(), a.counts(), id -> sourcePairs.getOrDefault(id, 0) >= options.minPairs()),
                    docs, options.maxAnswerWords());
            if (options.separateKinds()) {
                // syllables translate syllables and pairs translate pairs: two sentence pairs, two distributions
                for (boolean pairsKind : new boolean[] {false, true}) {
                    int[][] qk = keep(q[0], q[1], id -> words.word(id).indexOf('_') > 0 == pairsKind);
                    int[][] wk = keep(w[0], w[1], id -> docs.terms().word(id).indexOf('_') > 0 == pairsKind);
                    if (qk[0].length > 0) {
                        keptQuestions.add(qk);
                        keptAnswers.add(wk);
                        work += (long) qk[0].length * (wk[0].length + 1);
                    }
                    if (options.pooled() && wk[0].length > 0 && qk[0].length > 0) {
                        keptQuestions.add(wk);      // the other direction: answer words from question words
                        keptAnswers.add(qk);
                        work += (long) wk[0].length * (qk[0].length + 1);
                    }
                }
            } else if (q[0].length > 0) {
                keptQuestions.add(q);
                keptAnswers.add(w);
                work += (long) q[0].length * (w[0].length + 1);
            }
        }
        PairKeys table = new PairKeys((int) Math.min(work / 3 + 16, 1 << 24));
        for (int p = 0; p < keptQuestions.size(); p++) {
            for (int q : keptQuestions.get(p)[0]) {
                table.add(NULL, q);
                for (int w : keptAnswers.get(p)[0]) {
                    table.add(w, q);
                }
            }
        }
        float[] t = new float[table.size];
        Arrays.fill(t, 1f);
        float[] counts = new float[table.size];
        double[] totals = new double[words.size() + 1];
        int[] slots = new int[1024];
        for (int iteration = 0; iteration < options.iterations(); iteration++) {
            Arrays.fill(counts, 0f);
            for (int p = 0; p < keptQuestions.size(); p++) {
                int[] qIds = keptQuestions.get(p)[0];
                int[] qTf = keptQuestions.get(p)[1];
                int[] wIds = keptAnswers.get(p)[0];
                int[] wTf = keptAnswers.get(p)[1];
                if (slots.length < wIds.length + 1) {
                    slots = new int[wIds.length * 2 + 1];
                }
                for (int i = 0; i < qIds.length; i++) {
                    double denominator = 0;
                    for (int j = 0; j < wIds.length; j++) {
                        slots[j] = table.get(wIds[j], qIds[i]);
                        denominator += wTf[j] * t[slots[j]];
                    }
                    slots[wIds.length] = table.get(NULL, qIds[i]);
                    denominator += t[slots[wIds.length]];
                    double scale = qTf[i] / denominator;
                    for (int j = 0; j < wIds.length; j++) {
                        counts[slots[j]] += (float) (scale * wTf[j] * t[slots[j]]);
                    }
                    counts[slots[wIds.length]] += (float) (scale * t[slots[wIds.length]]);
                }
            }
            Arrays.fill(totals, 0);
            for (int s = 0; s < table.size; s++) {
                totals[table.sourceOf[s] + 1] += counts[s];
            }
            for (int s = 0; s < table.size; s++) {
                double total = totals[table.sourceOf[s] + 1];
                t[s] = total > 0 ? (float) (counts[s] / total) : 0f;
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
    private static TranslationModel prune(PairKeys table, float[] t, DocTerms docs,
                                          Options options, Blend blend) {
        Map<Integer, List<Integer>> bySource = new HashMap<>();
        for (int s = 0; s < table.size; s++) {
            if (table.sourceOf[s] != NULL && t[s] >= options.minProbability()) {
                bySource.computeIfAbsent(table.sourceOf[s], k -> new ArrayList<>()).add(s);
            }
        }
        Map<Integer, List<Integer>> byTarget = new HashMap<>();
        for (List<Integer> slots : bySource.values()) {
            slots.sort((a, b) -> Float.compare(t[b], t[a]));
            for (int s : slots.subList(0, Math.min(options.maxPerSource(), slots.size()))) {
                byTarget.computeIfAbsent(table.targetOf[s], k -> new ArrayList<>()).add(s);
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
                int source = table.sourceOf[s];
                sources[n] = sourceIndex.computeIfAbsent(source, k -> {
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
