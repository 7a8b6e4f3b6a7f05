package vn.hotline1022.routing.transfer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.transfer.domain.Transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code routing_misses}: every time an operator reached a unit that said the question is not theirs (WRONG_UNIT),
 * with the topic and district the rule routed, so a supervisor sees which rule to fix.
 */
@Component
class RoutingMissStore {

    record Miss(String transferId, String callId, String topic, String locality, String unitCode, String by,
                Instant at) {
    }

    private final MongoCollection<Document> misses;

    RoutingMissStore(MongoDatabase database) {
        this.misses = database.getCollection("routing_misses");
        misses.createIndex(new Document("at", -1));
    }

    void record(Transfer transfer, String unitCode, String number, String by, Instant at) {
        misses.insertOne(new Document("transferId", transfer.id()).append("callId", transfer.callId())
                .append("topic", transfer.topic()).append("locality", transfer.locality())
                .append("unitCode", unitCode).append("number", number).append("by", by).append("at", Date.from(at)));
    }

    List<Miss> since(Instant from, int limit) {
        List<Miss> out = new ArrayList<>();
        for (Document d : misses.find(Filters.gte("at", Date.from(from))).sort(Sorts.descending("at")).limit(limit)) {
            out.add(new Miss(d.getString("transferId"), d.getString("callId"), d.getString("topic"), d.getString("locality"),
                    d.getString("unitCode"), d.getString("by"), d.getDate("at").toInstant()));
        }
        return out;
    }
}
