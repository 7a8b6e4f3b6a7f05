package vn.hotline1022.knowledge.entry;

import org.bson.Document;
import vn.hotline1022.knowledge.domain.EntryContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mapping between {@link EntryContent} and the fields of an entry document in MongoDB. */
final class EntryDocs {

    static final List<String> CONTENT_FIELDS = List.of("externalId", "question", "answer", "phrasings", "topic",
            "tags", "localities", "sourceUnit", "legalBasis", "validFrom", "validUntil", "supersededBy", "internalNote");

    private EntryDocs() {
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
        return out;
    }

    /** Names of the content fields whose stored value differs from the new content. */
    static List<String> changed(Document current, EntryContent next) {
        List<String> out = new ArrayList<>();
        fields(next).forEach((field, value) -> {
            Object old = current.get(field);
            if (!normalise(old).equals(normalise(value))) {
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

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
