package vn.hotline1022.knowledge.learning;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/** What {@code GET /api/knowledge/learning} answers: the switch, this replica's model, the log and the last build. */
record LearningStatus(boolean enabled, Serving serving, Usage usage, LastBuild lastBuild, boolean building) {

    record Serving(long version, Instant builtAt, int pairs, int translations, long storedBytes, long loadedBytes,
                   CrossValidation crossValidation, BlendView blend) {
    }

    /** Held-out questions of the log itself: the lexical ranking alone and with the model, on the same questions. */
    record CrossValidation(int folds, int queries, Figures lexical, Figures learned) {
    }

    record Figures(double recall5, double mrr10) {
    }

    record BlendView(double translation, double smoothing, double weight, int depth, String mode, Double bigrams) {
    }

    /** {@code pairs}: learnable uses (not rejected, with the caller's words); {@code sinceLastModel}: arrived since. */
    record Usage(long pairs, long rejected, long sinceLastModel) {
    }

    record LastBuild(String status, String trigger, String by, Instant startedAt, Instant finishedAt, Long buildMillis,
                     Integer pairs, Long version, String error) {
    }

    static Serving serving(long version, Document meta) {
        Document blend = meta.get("blend", Document.class);
        return new Serving(version, instant(meta.getDate("builtAt")), integer(meta, "pairs"),
                integer(meta, "translations"), number(meta, "storedBytes"), number(meta, "loadedBytes"),
                new CrossValidation(integer(meta, "folds"), integer(meta, "queries"),
                        new Figures(decimal(meta, "lexicalRecall5"), decimal(meta, "lexicalMrr10")),
                        new Figures(decimal(meta, "recall5"), decimal(meta, "mrr10"))),
                blend == null ? null : new BlendView(decimal(blend, "translation"), decimal(blend, "smoothing"),
                        decimal(blend, "weight"), integer(blend, "depth"), blend.getString("mode"),
                        blend.get("bigrams") instanceof Number n ? n.doubleValue() : null));
    }

    static LastBuild lastBuild(Document d) {
        if (d == null) {
            return null;
        }
        Number millis = d.get("buildMillis", Number.class);
        Number pairs = d.get("pairs", Number.class);
        Number version = d.get("version", Number.class);
        return new LastBuild(d.getString("status"), d.getString("trigger"), d.getString("by"),
                instant(d.getDate("startedAt")), instant(d.getDate("finishedAt")),
                millis == null ? null : millis.longValue(), pairs == null ? null : pairs.intValue(),
                version == null ? null : version.longValue(), d.getString("error"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static int integer(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.intValue();
    }

    private static long number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static double decimal(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.doubleValue();
    }
}
