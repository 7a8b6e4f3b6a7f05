package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Model1Test {

    private final DocTerms docs = DeskFixture.docs();

    @Test
    void callersWordsTranslateTheAnswersWords() {
        TranslationModel model = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100));

        // "chich" (callers) is learned from answers that say "tiem"; "giay_di" from the travel answer's own pair
        assertThat(model.probability("chich", "tiem")).isGreaterThan(0.01);
        assertThat(model.probability("chich_ngua", "tiem_vac")).isGreaterThan(0.01);
        assertThat(model.probability("giay_di", "giay_di")).isGreaterThan(0.01);
        // a syllable never translates a pair of syllables when kinds are kept apart
        assertThat(model.probability("chich", "tiem_vac")).isZero();
        assertThat(model.translations()).isPositive();
    }

    @Test
    void aWordOfASingleQuestionIsNotLearned() {
        TranslationModel model = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100));

        assertThat(model.probability("sai", "gon")).isZero();      // "sài gòn" appears once in the log
    }

    @Test
    void wordsThatMetOnceAreDroppedWhenTwoMeetingsAreAsked() {
        TranslationModel all = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100));
        TranslationModel twice = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT.withTogether(2),
                new Blend(0.7, 30, 0.65, 100));

        assertThat(twice.translations()).isLessThan(all.translations());
        assertThat(twice.probability("chich", "tiem")).isGreaterThan(0.01);   // met in ten pairs
    }

    @Test
    void aLargeLogLearnsFromFewerWordsPerAnswerNotFromMoreTime() {
        Model1.Options tight = new Model1.Options(5, 2, 0.01, 40, 60, 1, 100);

        TranslationModel model = Model1.train(DeskFixture.log(), docs, tight, new Blend(0.7, 30, 0.65, 100));

        assertThat(model.translations()).isPositive();
        assertThat(model.translations()).isLessThan(Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100)).translations());
    }

    @Test
    void aCallersCommonWordKeepsOnlyItsStrongestAnswerWords() {
        Model1.Options loose = new Model1.Options(5, 2, 0.001, 1000, 60, 1, 4_000_000);
        TranslationModel all = Model1.train(DeskFixture.log(), docs, loose, new Blend(0.7, 30, 0.65, 100));
        TranslationModel capped = Model1.train(DeskFixture.log(), docs,
                loose.withPerTarget(3), new Blend(0.7, 30, 0.65, 100));

        int column = all.column("chich");
        int columnCapped = capped.column("chich");
        assertThat(all.columnEnd(column) - all.columnStart(column)).isGreaterThan(3);
        assertThat(capped.columnEnd(columnCapped) - capped.columnStart(columnCapped)).isEqualTo(3);
        float weakestKept = Float.MAX_VALUE;
        for (int k = capped.columnStart(columnCapped); k < capped.columnEnd(columnCapped); k++) {
            weakestKept = Math.min(weakestKept, capped.probability(k));
        }
        int stronger = 0;
        for (int k = all.columnStart(column); k < all.columnEnd(column); k++) {
            stronger += all.probability(k) > weakestKept ? 1 : 0;
        }
        assertThat(stronger).isLessThan(3);   // no source left out was stronger than one kept
        int strongest = all.columnStart(column);
        for (int k = all.columnStart(column); k < all.columnEnd(column); k++) {
            strongest = all.probability(k) > all.probability(strongest) ? k : strongest;
        }
        String best = all.sourceWords()[all.source(strongest)];
        // kept translations are not renormalised: the table still says T(q | w)
        assertThat(capped.probability("chich", best)).isEqualTo((double) all.probability(strongest));
    }

    @Test
    void aTableOverItsBoundLeavesOutThePairsThatMetOnce() {
        Blend blend = new Blend(0.7, 30, 0.65, 100);
        Model1.Options d = Model1.Options.DEFAULT;
        TranslationModel twice = Model1.train(DeskFixture.log(), docs, d.withTogether(2), blend);
        Model1.Options bounded = new Model1.Options(d.iterations(), d.minPairs(), d.minProbability(), d.maxPerSource(),
                d.maxAnswerWords(), 1, d.maxMeetings(), d.maxPerTarget(), 2000);

        TranslationModel model = Model1.train(DeskFixture.log(), docs, bounded, blend);

        assertThat(model.toBytes()).isEqualTo(twice.toBytes());
        assertThat(model.probability("chich", "tiem")).isGreaterThan(0.01);
    }

    @Test
    void theModelSurvivesItsStoredForm() {
        TranslationModel model = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100, Blend.Mode.GEOMETRIC, 0.25));

        TranslationModel read = TranslationModel.fromBytes(model.toBytes());

        assertThat(read.blend()).isEqualTo(model.blend());
        assertThat(read.translations()).isEqualTo(model.translations());
        assertThat(read.probability("chich", "tiem")).isEqualTo(model.probability("chich", "tiem"));
    }

    @Test
    void aBlendWithPlainBm25SurvivesItsStoredForm() {
        TranslationModel model = Model1.train(DeskFixture.log(), docs, Model1.Options.DEFAULT,
                new Blend(0.7, 30, 0.65, 100, Blend.Mode.RANKS, 0.5, Blend.Lexical.PLAIN));

        assertThat(TranslationModel.fromBytes(model.toBytes()).blend()).isEqualTo(model.blend());
    }

    @Test
    void pairsWhoseEntryIsNotIndexedAreSkipped() {
        TranslationModel model = Model1.train(List.of(new UsagePair("chích ngừa", "gone")), docs,
                Model1.Options.DEFAULT, new Blend(0.7, 30, 0.65, 100));

        assertThat(model.translations()).isZero();
    }
}
