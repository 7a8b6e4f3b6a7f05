package vn.hotline1022.gateway.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.mongo.Criteria;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Collection {@code audit}: who viewed a caller's history, who changed what (one document per request). */
@Component
public class AuditStore {

    private final MongoCollection<Document> audit;

    AuditStore(MongoDatabase database) {
        this.audit = database.getCollection("audit");
        audit.createIndex(Indexes.compoundIndex(Indexes.ascending("principal"), Indexes.descending("at")));
        audit.createIndex(Indexes.ascending("phoneHash"));
    }

    public void record(AuditEntry entry) {
        audit.insertOne(new Document("at", Date.from(entry.at())).append("principal", entry.principal())
                .append("roles", entry.roles()).append("action", entry.action()).append("route", entry.route())
                .append("method", entry.method()).append("path", entry.path()).append("phoneHash", entry.phoneHash())
                .append("status", entry.status()).append("correlationId", entry.correlationId()));
    }

    public List<AuditEntry> find(String principal, String action, String phoneHash, Instant from, Instant to, int limit) {
        Bson filter = new Criteria().eq("principal", principal).eq("action", action).eq("phoneHash", phoneHash)
                .within("at", from, to).filter();
        return audit.find(filter).sort(Sorts.descending("at")).limit(limit).map(AuditStore::toEntry).into(new ArrayList<>());
    }

    private static AuditEntry toEntry(Document d) {
        return new AuditEntry(d.getDate("at").toInstant(), d.getString("principal"), d.getList("roles", String.class, List.of()),
                d.getString("action"), d.getString("route"), d.getString("method"), d.getString("path"),
                d.getString("phoneHash"), d.getInteger("status", 0), d.getString("correlationId"));
    }
}
