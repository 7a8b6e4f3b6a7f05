package vn.hotline1022.knowledge.search.learn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question prepared against a bound model: its distinct words ("slots") with their counts and collection
 * probabilities, and a small open-addressing map from an entry word id to the slots it feeds: itself (the entry's
 * own word) and every question word it translates to. Scoring a candidate is then one pass over its word vector.
 */
final class QueryWords {

    final int slots;
    final double[] counts;
    final double[] collection;
    final double totalCount;
    final double bigramCount;
    final boolean[] bigram;
    /** BM25 rarity of each slot's word among the entries (0 when no entry holds it). */
    final double[] idf;
    /** Mean single syllables and syllable pairs per entry, for {@link #plainBm25}. */
    private final double[] averageLengths;
    private final int[] keys;
    private final int[] heads;
    private final int mask;
    private int[] entrySlot = new int[64];
    private float[] entryWeight = new float[64];
    private boolean[] entrySelf = new boolean[64];
    private int[] entryNext = new int[64];
    private int entries;

    QueryWords(String question, TranslationReranker.Bound bound, DocTerms docs) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String word : TermSpace.terms(question)) {
            distinct.merge(word, 1, Integer::sum);
        }
        int planned = 0;
        for (String word : distinct.keySet()) {
            int column = bound.model().column(word);
            planned += 1 + (column < 0 ? 0 : bound.model().columnEnd(column) - bound.model().columnStart(column));
        }
        int capacity = Integer.highestOneBit(Math.max(16, planned * 2 - 1)) << 1;
        keys = new int[capacity];
        heads = new int[capacity];
        mask = capacity - 1;
        counts = new double[distinct.size()];
        collection = new double[distinct.size()];
        bigram = new boolean[distinct.size()];
        idf = new double[distinct.size()];
        averageLengths = docs.averageLengths();
        double bigrams = 0;
        TermIds terms = docs.terms();
        int slot = 0;
        double total = 0;
        for (var e : distinct.entrySet()) {
            int self = terms.id(e.getKey());
            int column = bound.model().column(e.getKey());
            if (self < 0 && column < 0) {
                continue; // no entry holds it and nothing translates to it: the same for every candidate
            }
            counts[slot] = e.getValue();
            total += e.getValue();
            bigram[slot] = e.getKey().indexOf('_') > 0;
            bigrams += bigram[slot] ? e.getValue() : 0;
            collection[slot] = docs.collectionProbability(self);
            idf[slot] = docs.idf(self);
            if (self >= 0) {
                add(self, slot, 1f, true);
            }
            if (column >= 0) {
                for (int k = bound.model().columnStart(column); k < bound.model().columnEnd(column); k++) {
                    add(bound.sourceIds()[bound.model().source(k)], slot, bound.model().probability(k), false);
                }
            }
            slot++;
        }
        slots = slot;
        totalCount = total;
        bigramCount = bigrams;
    }

    private void add(int word, int slot, float weight, boolean self) {
        if (entries == entrySlot.length) {
            entrySlot = java.util.Arrays.copyOf(entrySlot, entries * 2);
            entryWeight = java.util.Arrays.copyOf(entryWeight, entries * 2);
            entrySelf = java.util.Arrays.copyOf(entrySelf, entries * 2);
            entryNext = java.util.Arrays.copyOf(entryNext, entries * 2);
        }
        int i = index(word);
        if (keys[i] == 0) {
            keys[i] = word + 1;
            heads[i] = -1;
        }
        entrySlot[entries] = slot;
        entryWeight[entries] = weight;
        entrySelf[entries] = self;
        entryNext[entries] = heads[i];
        heads[i] = entries++;
    }

    private int index(int word) {
        int key = word + 1;
        int i = (key * 0x9E3779B9 >>> 7) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Adds the candidate's own-word and translated-word mass per slot into the two arrays (cleared first). */
    void accumulate(DocTerms.Vector vector, double[] own, double[] translated) {
        accumulate(vector, own, translated, 0);
    }

    /** The same into {@code own[offset…offset + slots)}: the learner's grid keeps every candidate's slots at once. */
    void accumulate(DocTerms.Vector vector, double[] own, double[] translated, int offset) {
        java.util.Arrays.fill(own, offset, offset + slots, 0);
        java.util.Arrays.fill(translated, offset, offset + slots, 0);
        int[] ids = vector.ids();
        int[] tf = vector.counts();
        for (int i = 0; i < ids.length; i++) {
            int k = index(ids[i]);
            if (keys[k] == 0) {
                continue;
            }
            for (int e = heads[k]; e >= 0; e = entryNext[e]) {
                if (entrySelf[e]) {
                    own[offset + entrySlot[e]] += tf[i];
                } else {
                    translated[offset + entrySlot[e]] += entryWeight[e] * tf[i];
                }
            }
        }
    }

    /**
     * Plain BM25 (k1 1.2, b 0.75, Lucene's formula; syllables and syllable pairs as two fields, each with its own
     * length norm) of a candidate whose own-word counts {@link #accumulate} put at {@code own[offset…]}: the lexical
     * side of a {@link Blend.Lexical#PLAIN} blend. A question word counts as often as the question holds it, as
     * in an OR query of its words; a question word no entry holds adds nothing.
     */
    double plainBm25(double[] own, int offset, DocTerms.Vector vector) {
        double syllables = K1 * (1 - B + B * vector.syllables() / averageLengths[0]);
        double pairs = K1 * (1 - B + B * (vector.length() - vector.syllables()) / averageLengths[1]);
        double score = 0;
        for (int j = 0; j < slots; j++) {
            double tf = own[offset + j];
            if (tf > 0) {
                score += counts[j] * idf[j] * tf / (tf + (bigram[j] ? pairs : syllables));
            }
        }
        return score;
    }

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The question's word count with its syllable pairs weighted by {@code bigrams}: the model score's scale. */
    double weightedCount(double bigrams) {
        return totalCount - bigramCount + bigrams * bigramCount;
    }

    /** log P(Q|D) of the translation language model for one candidate, pairs weighted by {@code bigrams}. */
    double logLikelihood(double[] own, double[] translated, int length, double translation, double smoothing,
                         double bigrams) {
        double[] parts = new double[2];
        logLikelihoods(own, translated, length, translation, smoothing, parts);
        return parts[0] + bigrams * parts[1];
    }

    /** The single syllables' part into {@code out[0]}, the syllable pairs' into {@code out[1]}. */
    void logLikelihoods(double[] own, double[] translated, int length, double translation, double smoothing,
                        double[] out) {
        logLikelihoods(own, translated, 0, length, translation, smoothing, out);
    }

    void logLikelihoods(double[] own, double[] translated, int offset, int length, double translation,
                        double smoothing, double[] out) {
        double single = 0;
        double pairs = 0;
        boolean dirichlet = smoothing >= 1;
        double inverse = dirichlet ? 1.0 / (length + smoothing) : length == 0 ? 0 : 1.0 / length;
        for (int j = 0; j < slots; j++) {
            double mass = (1 - translation) * own[offset + j] + translation * translated[offset + j];
            double p = dirichlet ? (mass + smoothing * collection[j]) * inverse
                    : (1 - smoothing) * mass * inverse + smoothing * collection[j];
            double term = counts[j] * Math.log(p);
            if (bigram[j]) {
                pairs += term;
            } else {
                single += term;
            }
        }
        out[0] = single;
        out[1] = pairs;
    }
}
