package vn.hotline1022.knowledge.learning;

import java.time.Instant;

/**
 * What is known of a stored model besides its bytes: when and from what it was built, its cross-validated figures,
 * the blend it chose and its size ({@code chunks} and {@code storedBytes} are filled in by the store). {@code folds}:
 * the log's split by entry; {@code judgedFolds} of them were trained and judged, {@code queries} questions in all.
 */
record ModelMeta(Instant builtAt, long buildMillis, Instant usageUpTo, int pairs, int folds, int judgedFolds,
                 int queries, double lexicalRecall5, double lexicalMrr10, double recall5, double mrr10, Mix blend,
                 int translations, long loadedBytes, String trigger, String by, int chunks, long storedBytes) {

    /**
     * The blend as stored: {@code bigrams} is null for models built before it was chosen, {@code lexical} (ENGINE:
     * the engine's score, PLAIN: plain BM25 over the same candidates) for models built before the grid chose it.
     */
    record Mix(double translation, double smoothing, double weight, int depth, String mode, Double bigrams,
               String lexical) {
    }

    ModelMeta stored(int chunkCount, long bytes) {
        return new ModelMeta(builtAt, buildMillis, usageUpTo, pairs, folds, judgedFolds, queries, lexicalRecall5,
                lexicalMrr10, recall5, mrr10, blend, translations, loadedBytes, trigger, by, chunkCount, bytes);
    }

    /** This replica's figure: the model as it was loaded here, not as the builder measured it. */
    ModelMeta loaded(long bytes) {
        return new ModelMeta(builtAt, buildMillis, usageUpTo, pairs, folds, judgedFolds, queries, lexicalRecall5,
                lexicalMrr10, recall5, mrr10, blend, translations, bytes, trigger, by, chunks, storedBytes);
    }
}
