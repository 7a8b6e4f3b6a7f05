package vn.hotline1022.knowledge.indexing;

import org.bson.Document;
import vn.hotline1022.knowledge.search.IndexedEntry;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Maps an entry document to what the search index needs; learned phrasings count as phrasings. */
final class IndexedEntries {

    private IndexedEntries() {
    }

    static IndexedEntry of(Document d) {
        List<String> phrasings = new ArrayList<>(strings(d, "phrasings"));
        d.getList("learnedPhrasings", Document.class, List.of()).forEach(p -> phrasings.add(p.getString("text")));
        Number usage = d.get("usageCount", Number.class);
        return new IndexedEntry(d.getString("_id"), d.getString("externalId"), d.getString("question"), phrasings,
                strings(d, "tags"), d.getString("answer"), d.getString("topic"), strings(d, "localities"),
                d.getString("status"), instant(d.getDate("validFrom")), instant(d.getDate("validUntil")),
                d.getString("supersededBy"), usage == null ? 0 : usage.longValue());
    }

    static boolean operatorVisible(Document d) {
        String status = d.getString("status");
        return "APPROVED".equals(status) || "PUBLISHED".equals(status);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Document d, String field) {
        return d.get(field) instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
