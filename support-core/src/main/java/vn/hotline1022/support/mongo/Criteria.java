package vn.hotline1022.support.mongo;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The filter of a search whose criteria are each optional, as the list endpoints take them: a null criterion does
 * not filter, and no criterion at all matches every document. A time range is half-open, {@code [from, to)}, over a
 * field stored as a BSON date.
 */
public final class Criteria {

    private final List<Bson> filters = new ArrayList<>();

    public Criteria eq(String field, Object value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
        return this;
    }

    public Criteria within(String field, Instant from, Instant to) {
        if (from != null) {
            filters.add(Filters.gte(field, Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt(field, Date.from(to)));
        }
        return this;
    }

    public Bson filter() {
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }
}
