package vn.hotline1022.reporting.summary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFacts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Component
class SummaryQuery {

    static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MongoCollection<Document> facts;

    SummaryQuery(CallFacts facts) {
        this.facts = facts.collection();
    }

    Summary summary(LocalDate from, LocalDate to) {
        Bson range = Filters.and(
                Filters.gte("receivedAt", Date.from(from.atStartOfDay(PROVINCE_ZONE).toInstant())),
                Filters.lt("receivedAt", Date.from(to.plusDays(1).atStartOfDay(PROVINCE_ZONE).toInstant())));
        return new Summary(from, to, facts.countDocuments(range),
                countBy(range, "topic"), countBy(range, "locality"), countBy(range, "channel"));
    }

    private Map<String, Long> countBy(Bson range, String field) {
        Map<String, Long> counts = new TreeMap<>();
        facts.aggregate(List.of(Aggregates.match(range), Aggregates.group("$" + field, Accumulators.sum("n", 1))))
                .forEach(d -> counts.put(String.valueOf(d.get("_id")), ((Number) d.get("n")).longValue()));
        return counts;
    }
}
