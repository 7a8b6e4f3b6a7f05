package vn.hotline1022.knowledge.learning;

import java.time.Instant;

/** What {@code GET /api/knowledge/learning} answers: the switch, this replica's model, the log and the last build. */
record LearningStatus(boolean enabled, Serving serving, Usage usage, LastBuild lastBuild, boolean building) {

    record Serving(long version, Instant builtAt, int pairs, int translations, long storedBytes, long loadedBytes,
                   CrossValidation crossValidation, BlendView blend) {
    }

    /**
     * Held-out questions of the log itself: the lexical ranking alone and with the model, on the same questions.
     * The log is split in {@code folds} by entry; {@code judgedFolds} of them were trained on the rest and judged (all
     * of them up to a few thousand questions; a larger log judges fewer whole folds).
     */
    record CrossValidation(int folds, int judgedFolds, int queries, Figures lexical, Figures learned) {
    }

    record Figures(double recall5, double mrr10) {
    }

    /** {@code lexical}: the lexical side blended with (ENGINE or PLAIN, see the README); null for older models. */
    record BlendView(double translation, double smoothing, double weight, int depth, String mode, Double bigrams,
                     String lexical) {
    }

    /** {@code pairs}: learnable uses (not rejected, with the caller's words); {@code sinceLastModel}: arrived since. */
    record Usage(long pairs, long rejected, long sinceLastModel) {
    }

    record LastBuild(String status, String trigger, String by, Instant startedAt, Instant finishedAt, Long buildMillis,
                     Integer pairs, Long version, String error) {
    }

    static Serving serving(long version, ModelMeta m) {
        ModelMeta.Mix b = m.blend();
        return new Serving(version, m.builtAt(), m.pairs(), m.translations(), m.storedBytes(), m.loadedBytes(),
                new CrossValidation(m.folds(), m.judgedFolds(), m.queries(), new Figures(m.lexicalRecall5(), m.lexicalMrr10()),
                        new Figures(m.recall5(), m.mrr10())),
                b == null ? null : new BlendView(b.translation(), b.smoothing(), b.weight(), b.depth(), b.mode(),
                        b.bigrams(), b.lexical()));
    }
}
