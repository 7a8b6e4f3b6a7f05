package vn.hotline1022.knowledge.entry;

import org.bson.Document;
import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryHistoryLine;
import vn.hotline1022.knowledge.domain.EntryOrigin;
import vn.hotline1022.knowledge.domain.LearnedPhrasing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mapping between an {@link Entry} and the fields of an entry document in MongoDB. */
public final class EntryDocuments {

    static final List<String> CONTENT_FIELDS = List.of("externalId", "question", "answer", "phrasings", "topic",
            "tags", "localities", "sourceUnit", "legalBasis", "validFrom", "validUntil", "supersededBy", "internalNote",
            "answerVariants");

    private EntryDocuments() {
    }

    public static Entry entry(Document d) {
        return new Entry(d.getString("_id"), content(d),
                d.getList("learnedPhrasings", Document.class, List.of()).stream().map(EntryDocuments::learned).toList(),
                d.getString("status"), number(d, "version"), number(d, "usageCount"), d.getString("escalationId"),
                instant(d, "createdAt"), d.getString("createdBy"), instant(d, "updatedAt"), d.getString("updatedBy"),
                instant(d, "publishedAt"),
                d.getList("history", Document.class, List.of()).stream().map(EntryDocuments::historyLine).toList());
    }

    private static EntryContent content(Document d) {
        return new EntryContent(d.getString("externalId"), d.getString("question"), d.getString("answer"),
                strings(d, "phrasings"), d.getString("topic"), strings(d, "tags"), strings(d, "localities"),
                d.getString("sourceUnit"), d.getString("legalBasis"), instant(d, "validFrom"),
                instant(d, "validUntil"), d.getString("supersededBy"), d.getString("internalNote"),
                strings(d, "answerVariants"));
    }

    private static LearnedPhrasing learned(Document p) {
        return new LearnedPhrasing(p.getString("id"), p.getString("text"), p.getString("callId"), p.getString("by"),
                instant(p, "at"));
    }

    private static EntryHistoryLine historyLine(Document h) {
        return new EntryHistoryLine(number(h, "version"), instant(h, "at"), h.getString("by"), h.getString("action"),
                strings(h, "fields"), h.getString("status"));
    }

    static Map<String, Object> fields(EntryContent c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("externalId", c.externalId());
        out.put("question", c.question());
        out.put("answer", c.answer());
        out.put("phrasings", c.phrasings());
        out.put("topic", c.topic());
        out.put("tags", c.tags());
        out.put("localities", c.localities());
        out.put("sourceUnit", c.sourceUnit());
        out.put("legalBasis", c.legalBasis());
        out.put("validFrom", date(c.validFrom()));
        out.put("validUntil", date(c.validUntil()));
        out.put("supersededBy", c.supersededBy());
        out.put("internalNote", c.internalNote());
        out.put("answerVariants", c.answerVariants());
        return out;
    }

    /** The provenance fields of a new entry, in the order they are stored; absent ones are left out. */
    static Map<String, Object> origin(EntryOrigin o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", o.id());
        out.put("escalationId", o.escalationId());
        out.put("sourceEventId", o.sourceEventId());
        out.put("callIds", o.callIds());
        out.put("importedBy", o.importedBy());
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    /** Names of the content fields whose stored value differs from the new content. */
    static List<String> changed(EntryContent current, EntryContent next) {
        Map<String, Object> old = fields(current);
        List<String> out = new ArrayList<>();
        fields(next).forEach((field, value) -> {
            if (!normalise(old.get(field)).equals(normalise(value))) {
                out.add(field);
            }
        });
        return out;
    }

    private static Object normalise(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "" : List.copyOf(list);
        }
        return value;
    }

    static Document history(EntryHistoryLine line) {
        return new Document("version", line.version()).append("at", date(line.at())).append("by", line.by())
                .append("action", line.action()).append("fields", line.fields()).append("status", line.status());
    }

    static Document learned(LearnedPhrasing p) {
        return new Document("id", p.id()).append("text", p.text()).append("callId", p.callId()).append("by", p.by())
                .append("at", date(p.at()));
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static long number(Document d, String field) {
        Number n = d.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
