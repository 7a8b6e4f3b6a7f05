package vn.hotline1022.knowledge.entry;

import org.bson.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An entry as supervisors see it (everything but the outbox). */
public record EntryView(String id, String externalId, String question, String answer, List<String> phrasings,
                        List<Map<String, Object>> learnedPhrasings, String topic, List<String> tags,
                        List<String> localities, String sourceUnit, String legalBasis, Instant validFrom,
                        Instant validUntil, String supersededBy, String internalNote, String status, long version,
                        long usageCount, String escalationId, Instant createdAt, String createdBy, Instant updatedAt,
                        String updatedBy, Instant publishedAt, List<Map<String, Object>> history) {

    public static EntryView of(Document d) {
        return new EntryView(d.getString("_id"), d.getString("externalId"), d.getString("question"),
                d.getString("answer"), EntryDocs.strings(d, "phrasings"), maps(d, "learnedPhrasings"),
                d.getString("topic"), EntryDocs.strings(d, "tags"), EntryDocs.strings(d, "localities"),
                d.getString("sourceUnit"), d.getString("legalBasis"), EntryDocs.instant(d, "validFrom"),
                EntryDocs.instant(d, "validUntil"), d.getString("supersededBy"), d.getString("internalNote"),
                d.getString("status"), number(d, "version"), number(d, "usageCount"), d.getString("escalationId"),
                EntryDocs.instant(d, "createdAt"), d.getString("createdBy"), EntryDocs.instant(d, "updatedAt"),
                d.getString("updatedBy"), EntryDocs.instant(d, "publishedAt"), maps(d, "history"));
    }

    private static long number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    private static List<Map<String, Object>> maps(Document d, String field) {
        return d.getList(field, Document.class, List.of()).stream()
                .map(doc -> doc.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue() instanceof java.util.Date date ? (Object) date.toInstant() : e.getValue(),
                        (a, b) -> a, java.util.LinkedHashMap::new)))
                .map(m -> (Map<String, Object>) m).toList();
    }
}
