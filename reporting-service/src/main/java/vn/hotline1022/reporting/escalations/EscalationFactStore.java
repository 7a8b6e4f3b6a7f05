package vn.hotline1022.reporting.escalations;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One document per escalation, keyed by escalationId, merged from raised / answered / overdue events in any
 * order. {@code firstSeenAt} ($min) places the escalation in a day; callCount only grows ($max).
 */
@Component
public class EscalationFacts {

    private final MongoCollection<Document> escalations;

    EscalationFacts(MongoDatabase database) {
        this.escalations = database.getCollection("escalation_facts");
        escalations.createIndex(new Document("unitCode", 1).append("firstSeenAt", 1));
    }

    void raised(String escalationId, String unitCode, String question, String topic, String locality, Instant dueAt,
                int callCount, Instant at) {
        upsert(escalationId, at, List.of(
                Updates.set("unitCode", unitCode),
                Updates.set("question", question),
                Updates.set("topic", topic),
                Updates.set("locality", locality),
                Updates.set("dueAt", Date.from(dueAt)),
                Updates.max("callCount", callCount),
                Updates.min("raisedAt", Date.from(at))));
    }

    void answered(String escalationId, String unitCode, String question, String topic, String locality,
                  int callCount, Instant at) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("unitCode", unitCode),
                Updates.set("answered", true),
                Updates.min("answeredAt", Date.from(at)),
                Updates.max("callCount", callCount)));
        if (question != null) {
            updates.add(Updates.set("answeredQuestion", question));
        }
        if (topic != null) {
            updates.add(Updates.set("answeredTopic", topic));
        }
        if (locality != null) {
            updates.add(Updates.set("answeredLocality", locality));
        }
        upsert(escalationId, at, updates);
    }

    void overdue(String escalationId, String unitCode, Instant dueAt, Instant at) {
        upsert(escalationId, at, List.of(
                Updates.set("unitCode", unitCode),
                Updates.set("overdue", true),
                Updates.set("dueAt", Date.from(dueAt)),
                Updates.min("overdueAt", Date.from(at))));
    }

    private void upsert(String escalationId, Instant at, List<Bson> updates) {
        List<Bson> all = new ArrayList<>(updates);
        all.add(Updates.min("firstSeenAt", Date.from(at)));
        escalations.updateOne(Filters.eq("_id", escalationId), Updates.combine(all), new UpdateOptions().upsert(true));
    }

    public MongoCollection<Document> collection() {
        return escalations;
    }
}
