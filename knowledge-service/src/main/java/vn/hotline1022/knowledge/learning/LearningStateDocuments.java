package vn.hotline1022.knowledge.learning;

import org.bson.Document;

import static vn.hotline1022.knowledge.learning.ModelDocuments.date;
import static vn.hotline1022.knowledge.learning.ModelDocuments.instant;

/** Mapping between the shared {@code learning_state} document (and its builds) and {@link LearningState}. */
final class LearningStateDocuments {

    private LearningStateDocuments() {
    }

    static LearningState state(Document d) {
        Number version = d.get("activeVersion", Number.class);
        Document lease = d.get("lease", Document.class);
        return new LearningState(!Boolean.FALSE.equals(d.getBoolean("enabled")),
                version == null ? null : version.longValue(), lease == null ? null : instant(lease.getDate("until")),
                lastBuild(d.get("lastBuild", Document.class)), instant(d.getDate("lastRead")));
    }

    /** Only the fields a build has so far: a running one has no outcome, a failed one no version. */
    static Document document(LearningStatus.LastBuild b) {
        Document doc = new Document();
        put(doc, "status", b.status());
        put(doc, "trigger", b.trigger());
        put(doc, "by", b.by());
        put(doc, "startedAt", date(b.startedAt()));
        put(doc, "pairs", b.pairs());
        put(doc, "version", b.version());
        put(doc, "error", b.error());
        put(doc, "finishedAt", date(b.finishedAt()));
        put(doc, "buildMillis", b.buildMillis());
        return doc;
    }

    static LearningStatus.LastBuild lastBuild(Document d) {
        if (d == null) {
            return null;
        }
        Number millis = d.get("buildMillis", Number.class);
        Number pairs = d.get("pairs", Number.class);
        Number version = d.get("version", Number.class);
        return new LearningStatus.LastBuild(d.getString("status"), d.getString("trigger"), d.getString("by"),
                instant(d.getDate("startedAt")), instant(d.getDate("finishedAt")),
                millis == null ? null : millis.longValue(), pairs == null ? null : pairs.intValue(),
                version == null ? null : version.longValue(), d.getString("error"));
    }

    private static void put(Document doc, String field, Object value) {
        if (value != null) {
            doc.append(field, value);
        }
    }
}
