package vn.hotline1022.knowledge.operator;

import org.bson.Document;

/** Reads a group of the search misses' aggregation (one accent-folded wording) as a line of the list. */
final class SearchMissDocuments {

    private SearchMissDocuments() {
    }

    static SearchMissView view(Document group) {
        return new SearchMissView(group.getString("example"), String.valueOf(group.get("_id")),
                ((Number) group.get("count")).longValue(), group.getDate("lastSearchedAt").toInstant());
    }
}
