package vn.hotline1022.knowledge.search.learn;

/** Recall at 5 and mean reciprocal rank at 10 over the held-out questions of one ranking. */
final class RankTally {
    int n;
    int at5;
    double reciprocal;

    void add(int rank) {
        n++;
        at5 += rank >= 1 && rank <= 5 ? 1 : 0;
        reciprocal += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
    }

    double recall5() {
        return n == 0 ? 0 : (double) at5 / n;
    }

    double mrr10() {
        return n == 0 ? 0 : reciprocal / n;
    }
}
