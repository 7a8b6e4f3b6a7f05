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
import java.util.Set;
import java.util.TreeSet;

/**
 * One document per escalation, keyed by escalationId, merged from raised / answered / overdue events in any
 * order. {@code firstSeenAt} ($min) places the escalation in a day; callCount only grows ($max).
 */
@Component
public class EscalationFactStore {

    private final MongoCollection<Document> escalations;

    EscalationFactStore(MongoDatabase database) {
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

    /** Escalations first seen in [from, to). */
    public List<EscalationFact> firstSeenBetween(Instant from, Instant to) {
        return find(firstSeen(from, to));
    }

    /** Every escalation not answered yet, whenever raised. */
    public List<EscalationFact> unanswered() {
        return find(Filters.ne("answered", true));
    }

    /** A unit's questions first seen in [from, to) that it has not answered yet. */
    public List<EscalationFact> unansweredQuestions(String unitCode, Instant from, Instant to) {
        return find(Filters.and(Filters.eq("unitCode", unitCode), firstSeen(from, to), Filters.ne("answered", true),
                Filters.exists("question")));
    }

    /** The units with an escalation first seen in [from, to). */
    public Set<String> unitsSeenBetween(Instant from, Instant to) {
        Set<String> units = new TreeSet<>();
        escalations.distinct("unitCode", firstSeen(from, to), String.class).forEach(units::add);
        return units;
    }

    private List<EscalationFact> find(Bson filter) {
        List<EscalationFact> out = new ArrayList<>();
        for (Document d : escalations.find(filter)) {
            Number calls = d.get("callCount", Number.class);
            out.add(new EscalationFact(d.getString("_id"), d.getString("unitCode"), d.getString("question"),
                    d.getString("topic"), d.getString("locality"), instant(d, "dueAt"),
                    calls == null ? null : calls.intValue(), instant(d, "raisedAt"), instant(d, "firstSeenAt"),
                    Boolean.TRUE.equals(d.getBoolean("answered")), instant(d, "answeredAt"),
                    Boolean.TRUE.equals(d.getBoolean("overdue"))));
        }
        return out;
    }

    private static Bson firstSeen(Instant from, Instant to) {
        return Filters.and(Filters.gte("firstSeenAt", Date.from(from)), Filters.lt("firstSeenAt", Date.from(to)));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
