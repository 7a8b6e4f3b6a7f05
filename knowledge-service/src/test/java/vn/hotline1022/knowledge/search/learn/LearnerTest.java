package vn.hotline1022.knowledge.search.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LearnerTest {

    @Test
    void crossValidatesOnTheLogAndTrainsOnAllOfIt() {
        Learner.Result result = Learner.learn(DeskFixture.log(), DeskFixture.docs(), DeskFixture::lexical,
                Learner.Options.DEFAULT);

        assertThat(result.model()).isNotNull();
        Learner.Figures figures = result.figures();
        assertThat(figures.pairs()).isEqualTo(20);
        assertThat(figures.folds()).isEqualTo(5);
        assertThat(figures.judgedFolds()).isEqualTo(5);
        assertThat(figures.queries()).isEqualTo(20);          // every question held out exactly once
        assertThat(figures.recall5()).isBetween(0.0, 1.0);
        assertThat(figures.recall5() + figures.mrr10())
                .isGreaterThanOrEqualTo(figures.lexicalRecall5() + figures.lexicalMrr10() - 1e-9);
        assertThat(result.model().blend()).isEqualTo(figures.blend());
    }

    @Test
    void foldsAreGroupedByEntry() {
        for (UsagePair pair : DeskFixture.log()) {
            assertThat(Learner.foldOf(pair, 5)).isEqualTo(Learner.foldOf(new UsagePair("x", pair.entryId()), 5));
        }
    }

    @Test
    void aLargeLogIsJudgedOnWholeFoldsUpToItsBudgetOfQuestions() {
        List<UsagePair> log = DeskFixture.log();
        int[] size = new int[5];
        for (UsagePair pair : log) {
            size[Learner.foldOf(pair, 5)]++;
        }

        assertThat(Learner.judgedFolds(log, 5, 100)).isEqualTo(5);
        assertThat(Learner.judgedFolds(log, 5, 1)).isEqualTo(1);              // at least one fold
        assertThat(Learner.judgedFolds(log, 5, size[0] + 1)).isEqualTo(2);   // whole folds until the budget is met
        assertThat(Learner.judgedFolds(log, 5, size[0])).isEqualTo(1);
    }

    @Test
    void theFiguresSayHowManyFoldsWereJudged() {
        Learner.Options d = Learner.Options.DEFAULT;
        Learner.Options budget = new Learner.Options(d.folds(), d.depths(), d.translations(), d.smoothings(),
                d.weights(), d.bigrams(), 1, d.model1());

        Learner.Figures figures = Learner.learn(DeskFixture.log(), DeskFixture.docs(), DeskFixture::lexical, budget)
                .figures();

        assertThat(figures.folds()).isEqualTo(5);
        assertThat(figures.judgedFolds()).isEqualTo(1);
        int firstFold = 0;
        for (UsagePair pair : DeskFixture.log()) {
            firstFold += Learner.foldOf(pair, 5) == 0 ? 1 : 0;
        }
        assertThat(figures.queries()).isEqualTo(firstFold);   // every question of the judged fold, no other
    }

    @Test
    void tooFewPairsGiveNoModel() {
        Learner.Result result = Learner.learn(DeskFixture.log().subList(0, 5), DeskFixture.docs(),
                DeskFixture::lexical, Learner.Options.DEFAULT);

        assertThat(result.model()).isNull();
        assertThat(result.figures().pairs()).isEqualTo(5);
    }

    @Test
    void rankCountsTiesInLexicalOrder() {
        List<LexicalHit> hits = List.of(new LexicalHit("a", 3), new LexicalHit("b", 2), new LexicalHit("c", 1));

        assertThat(Learner.rankOf("b", hits, null)).isEqualTo(2);
        assertThat(Learner.rankOf("c", hits, new double[] {1, 1, 5})).isEqualTo(1);
        assertThat(Learner.rankOf("b", hits, new double[] {1, 1, 0})).isEqualTo(2);
        assertThat(Learner.rankOf("z", hits, null)).isZero();
    }
}
