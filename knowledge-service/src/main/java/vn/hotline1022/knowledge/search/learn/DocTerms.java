package vn.hotline1022.knowledge.search.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word vectors of the indexed entries (sorted word ids and counts, in primitive arrays) and the collection's word
 * counts: what the translation language model needs of each candidate. Kept beside the Lucene index by the engine.
 */
public final class DocTerms {

    /** {@code length}: all words; {@code syllables}: the single syllables among them (the rest are syllable pairs). */
    record Vector(int[] ids, int[] counts, int length, int syllables) {
    }

    private final TermIds terms = new TermIds();
    private final Map<String, Vector> docs = new ConcurrentHashMap<>();
    private int[] collectionCounts = new int[1024];
    private int[] documentFrequencies = new int[1024];
    private long collectionLength;
    private long collectionSyllables;

    /** Adds or replaces an entry's text (title, phrasings, tags and answer together). */
    public synchronized void put(String id, String text) {
        remove(id);
        List<String> words = TermSpace.terms(text);
        int[] raw = new int[words.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = terms.add(words.get(i));
        }
        Arrays.sort(raw);
        int distinct = 0;
        for (int i = 0; i < raw.length; i++) {
            distinct += i == 0 || raw[i] != raw[i - 1] ? 1 : 0;
        }
        int[] ids = new int[distinct];
        int[] counts = new int[distinct];
        int k = -1;
        for (int i = 0; i < raw.length; i++) {
            if (i == 0 || raw[i] != raw[i - 1]) {
                ids[++k] = raw[i];
            }
            counts[k]++;
        }
        int syllables = 0;
        for (String word : words) {
            syllables += word.indexOf('_') < 0 ? 1 : 0;
        }
        Vector vector = new Vector(ids, counts, raw.length, syllables);
        docs.put(id, vector);
        count(vector, 1);
    }

    public synchronized void remove(String id) {
        Vector old = docs.remove(id);
        if (old != null) {
            count(old, -1);
        }
    }

    public synchronized void clear() {
        docs.clear();
        collectionCounts = new int[1024];
        documentFrequencies = new int[1024];
        collectionLength = 0;
        collectionSyllables = 0;
    }

    private void count(Vector v, int sign) {
        int max = v.ids().length == 0 ? 0 : v.ids()[v.ids().length - 1];
        if (max >= collectionCounts.length) {
            collectionCounts = Arrays.copyOf(collectionCounts, Math.max(max + 1, collectionCounts.length * 2));
            documentFrequencies = Arrays.copyOf(documentFrequencies, collectionCounts.length);
        }
        for (int i = 0; i < v.ids().length; i++) {
            collectionCounts[v.ids()[i]] += sign * v.counts()[i];
            documentFrequencies[v.ids()[i]] += sign;
        }
        collectionLength += (long) sign * v.length();
        collectionSyllables += (long) sign * v.syllables();
    }

    Vector vector(String id) {
        return docs.get(id);
    }

    /** Probability of a word in the whole collection (smoothed: a word no entry holds gets half a count). */
    synchronized double collectionProbability(int id) {
        int count = id >= 0 && id < collectionCounts.length ? collectionCounts[id] : 0;
        return (count + 0.5) / (collectionLength + terms.size() + 1.0);
    }

    /** BM25's rarity of a word among the entries (Lucene's: ln(1 + (N − n + 0.5) / (n + 0.5))); 0 for a word no entry holds. */
    synchronized double idf(int id) {
        int n = id >= 0 && id < documentFrequencies.length ? documentFrequencies[id] : 0;
        return n == 0 ? 0 : Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
    }

    /** Mean single syllables per entry, and mean syllable pairs: BM25's length norms, one per kind of word. */
    synchronized double[] averageLengths() {
        int n = Math.max(1, docs.size());
        return new double[] {Math.max(1, (double) collectionSyllables / n),
                Math.max(1, (double) (collectionLength - collectionSyllables) / n)};
    }

    TermIds terms() {
        return terms;
    }

    public int size() {
        return docs.size();
    }

    /** Approximate heap held by the vectors, for the learning status. */
    public long bytes() {
        long bytes = 0;
        for (Vector v : docs.values()) {
            bytes += 8L * v.ids().length + 64;
        }
        return bytes + 8L * collectionCounts.length + 48L * terms.size();
    }
}
