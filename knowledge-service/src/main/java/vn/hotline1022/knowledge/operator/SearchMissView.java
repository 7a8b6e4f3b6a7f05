package vn.hotline1022.knowledge.operator;

import org.bson.Document;

import java.time.Instant;

/** One line of the supervisors' list of searches that found nothing: the last wording typed and how often. */
record SearchMissView(String query, String normalized, long count, Instant lastSearchedAt) {

    static SearchMissView of(Document group) {
        return new SearchMissView(group.getString("example"), String.valueOf(group.get("_id")),
                ((Number) group.get("count")).longValue(), group.getDate("lastSearchedAt").toInstant());
    }
}
