package vn.hotline1022.intake.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Date;

/** {@code audit}: one document per read of personal data, found again by the hash of the number read. */
@Component
class AuditStore {

    private static final Logger log = LoggerFactory.getLogger(AuditStore.class);

    private final MongoCollection<Document> audit;

    AuditStore(MongoDatabase database) {
        this.audit = database.getCollection("audit");
        try {
            audit.createIndex(Indexes.ascending("phoneHash", "at"));
        } catch (RuntimeException e) {
            log.warn("audit index not created yet: {}", e.toString());
        }
    }

    void insert(AuditEntry entry) {
        Document d = new Document("action", entry.action()).append("user", entry.user()).append("roles", entry.roles())
                .append("phone", entry.phone()).append("phoneHash", entry.phoneHash());
        if (entry.callbackId() != null) {
            d.append("callback", entry.callbackId());
        } else {
            d.append("calls", entry.calls());
        }
        audit.insertOne(d.append("at", Date.from(entry.at())));
    }
}
