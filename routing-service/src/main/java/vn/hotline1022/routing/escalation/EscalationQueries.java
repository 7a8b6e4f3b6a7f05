package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Listing escalations and the operators' callback list. */
@Component
class EscalationQueries {

    private final EscalationStore store;
    private final Clock clock;

    EscalationQueries(EscalationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<Document> list(String unit, String status, Instant from, Instant to, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (unit != null) {
            filters.add(Filters.eq("unitCode", unit));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status));
        }
        if (from != null) {
            filters.add(Filters.gte("createdAt", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("createdAt", Date.from(to)));
        }
        return store.find(filters.isEmpty() ? new Document() : Filters.and(filters), limit);
    }
}
