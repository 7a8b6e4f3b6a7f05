package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QueryWordsTest {

    /**
     * The plain lexical side of a blend is BM25 as Lucene scores an OR query of the question's folded syllables and
     * syllable pairs over two fields (k1 1.2, b 0.75), computed here from the texts in maps.
     */
    @Test
    void plainBm25IsBm25OfTheQuestionsWordsOverTheEntriesWords() {
        DocTerms docs = DeskFixture.docs();
        TranslationModel model = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100));
        TranslationReranker.Bound bound = TranslationReranker.bind(model, docs);
        String question = "đang cho con bú có được tiêm vắc xin không, tiêm ở đâu";
        QueryWords words = new QueryWords(question, bound, docs);
        Map<String, Map<String, Integer>> entries = new HashMap<>();
        DeskFixture.ANSWERS.forEach((id, text) -> entries.put(id, counts(TermSpace.terms(text))));
        double[] average = new double[2];
        entries.values().forEach(e -> e.forEach((w, c) -> average[w.contains("_") ? 1 : 0] += c));
        average[0] /= entries.size();
        average[1] /= entries.size();

        double[] own = new double[words.slots];
        double[] translated = new double[words.slots];
        for (String id : DeskFixture.ANSWERS.keySet()) {
            Map<String, Integer> entry = entries.get(id);
            double[] length = new double[2];
            entry.forEach((w, c) -> length[w.contains("_") ? 1 : 0] += c);
            double expected = 0;
            for (var q : counts(TermSpace.terms(question)).entrySet()) {
                long holding = entries.values().stream().filter(e -> e.containsKey(q.getKey())).count();
                int tf = entry.getOrDefault(q.getKey(), 0);
                int kind = q.getKey().contains("_") ? 1 : 0;
                if (tf > 0) {
                    double idf = Math.log(1 + (entries.size() - holding + 0.5) / (holding + 0.5));
                    expected += q.getValue() * idf * tf / (tf + 1.2 * (0.25 + 0.75 * length[kind] / average[kind]));
                }
            }
            DocTerms.Vector vector = docs.vector(id);
            words.accumulate(vector, own, translated);

            assertThat(words.plainBm25(own, 0, vector)).as(id).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void anEntryWithoutTheQuestionsWordsScoresNothing() {
        DocTerms docs = DeskFixture.docs();
        TranslationModel model = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100));
        QueryWords words = new QueryWords("giấy đi đường", TranslationReranker.bind(model, docs), docs);
        double[] own = new double[Math.max(1, words.slots)];
        double[] translated = new double[own.length];
        DocTerms.Vector children = docs.vector("e-children");
        DocTerms.Vector travel = docs.vector("e-travel");

        words.accumulate(children, own, translated);
        double none = words.plainBm25(own, 0, children);
        words.accumulate(travel, own, translated);

        assertThat(none).isZero();
        assertThat(words.plainBm25(own, 0, travel)).isPositive();
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }
}
