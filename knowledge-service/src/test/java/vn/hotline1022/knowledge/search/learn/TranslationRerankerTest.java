package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationRerankerTest {

    private final DocTerms docs = DeskFixture.docs();
    private final TranslationReranker reranker = new TranslationReranker(docs);

    @Test
    void withoutAModelTheLexicalScoresStand() {
        List<LexicalHit> hits = List.of(new LexicalHit("e-travel", 3.0), new LexicalHit("e-breastfeeding", 2.0));

        assertThat(reranker.rerank("chích ngừa khi cho con bú", hits)).containsExactly(3.0, 2.0);
        assertThat(reranker.model()).isNull();
    }

    @Test
    void theLearnedWordsLiftTheAnswerTheCallerMeant() {
        reranker.use(Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.8, 100)));
        // lexically the children's answer shares "tiêm vắc xin"-free words with neither; "chích ngừa" is the caller's word
        List<LexicalHit> hits = List.of(new LexicalHit("e-travel", 2.0), new LexicalHit("e-breastfeeding", 1.9));

        double[] scores = reranker.rerank("chị tôi cho con bú chích ngừa được không", hits);

        assertThat(scores[1]).isGreaterThan(scores[0]);
        for (double score : scores) {
            assertThat(score).isPositive();
        }
    }

    @Test
    void blendModesKeepScoresPositiveAndOrdered() {
        List<LexicalHit> hits = List.of(new LexicalHit("a", 4), new LexicalHit("b", 2), new LexicalHit("c", 1));
        double[] likelihood = {-30, -10, Double.NEGATIVE_INFINITY};

        for (Blend.Mode mode : Blend.Mode.values()) {
            double[] lexicalOnly = TranslationReranker.blend(hits, likelihood, 10, 0, mode);
            double[] modelOnly = TranslationReranker.blend(hits, likelihood, 10, 1, mode);
            assertThat(lexicalOnly[0]).as(mode.name()).isGreaterThan(lexicalOnly[1]);
            assertThat(modelOnly[1]).as(mode.name()).isGreaterThan(modelOnly[0]);
            assertThat(modelOnly[2]).as(mode.name()).isLessThanOrEqualTo(modelOnly[0]);
        }
    }

    @Test
    void rankFusionRanksTiesInLexicalOrder() {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(40);
            double[] likelihood = new double[n];
            List<LexicalHit> hits = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                likelihood[i] = random.nextInt(5) == 0 ? Double.NEGATIVE_INFINITY : -random.nextInt(8);
                hits.add(new LexicalHit("e" + i, n - i));
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(likelihood[b], likelihood[a]));   // stable
            double[] expected = new double[n];
            for (int r = 0; r < n; r++) {
                expected[order[r]] = 0.7 / (60.0 + r + 1) + (1 - 0.7) / (60.0 + order[r] + 1);
            }

            assertThat(TranslationReranker.blend(hits, likelihood, 10, 0.7, Blend.Mode.RANKS)).containsExactly(expected);
        }
    }
}
