package vn.hotline1022.knowledge.learning;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/** Mapping between a model's meta document ({@code learning_models}) and {@link ModelMeta}. */
final class ModelDocuments {

    private ModelDocuments() {
    }

    static Document document(long version, ModelMeta m) {
        Document doc = new Document("_id", version).append("builtAt", date(m.builtAt()))
                .append("buildMillis", m.buildMillis()).append("usageUpTo", date(m.usageUpTo()))
                .append("pairs", m.pairs()).append("folds", m.folds())
                .append("judgedFolds", m.judgedFolds()).append("queries", m.queries())
                .append("lexicalRecall5", m.lexicalRecall5()).append("lexicalMrr10", m.lexicalMrr10())
                .append("recall5", m.recall5()).append("mrr10", m.mrr10());
        if (m.blend() != null) {
            ModelMeta.Mix b = m.blend();
            doc.append("blend", new Document("translation", b.translation()).append("smoothing", b.smoothing())
                    .append("weight", b.weight()).append("depth", b.depth()).append("mode", b.mode())
                    .append("bigrams", b.bigrams()).append("lexical", b.lexical()));
        }
        return doc.append("translations", m.translations()).append("loadedBytes", m.loadedBytes())
                .append("trigger", m.trigger()).append("by", m.by())
                .append("chunks", m.chunks()).append("storedBytes", m.storedBytes());
    }

    /** Fields a model of an older version did not store read as zero (or null), as the status has always shown them. */
    static ModelMeta meta(Document d) {
        Document b = d.get("blend", Document.class);
        return new ModelMeta(instant(d.getDate("builtAt")), number(d, "buildMillis"), instant(d.getDate("usageUpTo")),
                (int) number(d, "pairs"), (int) number(d, "folds"),
                d.containsKey("judgedFolds") ? (int) number(d, "judgedFolds") : (int) number(d, "folds"),
                (int) number(d, "queries"),
                decimal(d, "lexicalRecall5"), decimal(d, "lexicalMrr10"), decimal(d, "recall5"), decimal(d, "mrr10"),
                b == null ? null : new ModelMeta.Mix(decimal(b, "translation"), decimal(b, "smoothing"),
                        decimal(b, "weight"), (int) number(b, "depth"), b.getString("mode"),
                        b.get("bigrams") instanceof Number n ? n.doubleValue() : null, b.getString("lexical")),
                (int) number(d, "translations"), number(d, "loadedBytes"), d.getString("trigger"), d.getString("by"),
                (int) number(d, "chunks"), number(d, "storedBytes"));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static long number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static double decimal(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.doubleValue();
    }
}
