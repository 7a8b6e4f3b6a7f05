package vn.hotline1022.knowledge.publicfeed;

import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The public face of a published entry: a whitelist of fields, so nothing internal can leak by accident. */
record PublicAnswer(String id, String externalId, String question, String answer, String topic, List<String> tags,
                    List<String> localities, String sourceUnit, String legalBasis, Instant validFrom,
                    Instant validUntil, Instant publishedAt, Instant updatedAt) {

    @SuppressWarnings("unchecked")
    static PublicAnswer of(Document d) {
        return new PublicAnswer(d.getString("_id"), d.getString("externalId"), d.getString("question"),
                d.getString("answer"), d.getString("topic"), (List<String>) d.get("tags", List.class),
                (List<String>) d.get("localities", List.class), d.getString("sourceUnit"), d.getString("legalBasis"),
                instant(d.getDate("validFrom")), instant(d.getDate("validUntil")), instant(d.getDate("publishedAt")),
                instant(d.getDate("updatedAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
