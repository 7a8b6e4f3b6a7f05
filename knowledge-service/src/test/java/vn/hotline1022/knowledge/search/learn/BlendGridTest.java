package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BlendGridTest {

    private static final Blend.Mode[] MODES = {Blend.Mode.LINEAR, Blend.Mode.GEOMETRIC, Blend.Mode.RANKS};

    /**
     * The grid's shortcuts (questions the lexical search missed, depths that cut the used entry off, the geometric
     * blend ranked by its logarithm) must rank every held-out question as the served re-ranker would under each blend.
     */
    @Test
    void everyBlendRanksTheUsedEntryAsTheServedRerankerWould() {
        DocTerms docs = DeskFixture.docs();
        List<UsagePair> log = DeskFixture.log();
        TranslationModel model = Model1.train(log, docs, Model1.Options.DEFAULT, new Blend(0.5, 30, 0.5, 4));
        TranslationReranker.Bound bound = TranslationReranker.bind(model, docs);
        TranslationReranker reranker = new TranslationReranker(docs);
        Learner.Options options = new Learner.Options(5, new int[] {2, 4}, new double[] {0.3, 0.9},
                new double[] {0.2, 30}, new double[] {0, 0.5, 1}, new double[] {0.25, 1}, Blend.Lexical.values(), 100,
                Model1.Options.DEFAULT);
        BlendGrid grid = new BlendGrid(options);
        List<List<LexicalHit>> candidates = new ArrayList<>();
        Random random = new Random(15);
        for (int round = 0; round < 6; round++) {
            for (UsagePair pair : log) {
                List<LexicalHit> hits = new ArrayList<>();
                for (String id : DeskFixture.ANSWERS.keySet()) {
                    if (!id.equals(pair.entryId()) || random.nextInt(5) > 0) {   // now and then the search misses it
                        hits.add(new LexicalHit(id, 1 + random.nextInt(3)));        // ties included
                    }
                }
                Collections.shuffle(hits, random);
                hits.sort((a, b) -> Double.compare(b.score(), a.score()));
                candidates.add(hits);
                grid.score(HeldOut.of(pair, hits, docs), bound, docs);
            }
        }

        List<Blend> blends = new ArrayList<>();
        for (int depth : options.depths()) {
            for (double translation : options.translations()) {
                for (double smoothing : options.smoothings()) {
                    for (double weight : options.weights()) {
                        for (Blend.Mode mode : MODES) {
                            for (double bigrams : options.bigrams()) {
                                for (Blend.Lexical side : Blend.Lexical.values()) {
                                    blends.add(new Blend(translation, smoothing, weight, depth, mode, bigrams, side));
                                }
                            }
                        }
                    }
                }
            }
        }
        for (Blend blend : blends) {
            RankTally expected = new RankTally();
            for (int q = 0; q < candidates.size(); q++) {
                UsagePair pair = log.get(q % log.size());
                List<LexicalHit> hits = candidates.get(q).subList(0, Math.min(blend.depth(), candidates.get(q).size()));
                QueryWords words = new QueryWords(pair.question(), bound, docs);
                double[] lexical = hits.stream().mapToDouble(LexicalHit::score).toArray();
                boolean plain = blend.lexical() == Blend.Lexical.PLAIN;
                double[] likelihood = reranker.likelihoods(words, hits, blend, plain ? lexical : null);
                double[] blended = TranslationReranker.blend(lexical, !plain, likelihood,
                        words.weightedCount(blend.bigrams()), blend.weight(), blend.mode());
                expected.add(Learner.rankOf(pair.entryId(), hits, blended));
            }
            RankTally actual = grid.tally(blend);
            assertThat(actual.n).as(blend.toString()).isEqualTo(expected.n);
            assertThat(actual.at5).as(blend.toString()).isEqualTo(expected.at5);
            assertThat(actual.reciprocal).as(blend.toString())
                    .isCloseTo(expected.reciprocal, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
