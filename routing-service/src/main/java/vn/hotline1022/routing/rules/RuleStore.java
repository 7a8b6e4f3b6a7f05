package vn.hotline1022.routing.rules;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** The {@code routing_rules} collection: one document per (topic, locality), with its own change history. */
@Component
class RuleStore {

    private final MongoCollection<Document> rules;

    RuleStore(MongoDatabase database) {
        this.rules = database.getCollection("routing_rules");
    }

    List<RoutingRule> findAll() {
        return rules.find().map(RuleStore::fromDocument).into(new ArrayList<>());
    }

    boolean seed(RoutingRule rule, Instant now) {
        Document fields = fields(rule);
        fields.append("history",
                List.of(new Document("at", Date.from(now)).append("by", "seed").append("after", fields(rule))));
        return rules.updateOne(Filters.eq("_id", rule.id()), new Document("$setOnInsert", fields),
                new UpdateOptions().upsert(true)).getUpsertedId() != null;
    }

    void save(RoutingRule rule, String by, Instant now) {
        Document after = fields(rule);
        List<org.bson.conversions.Bson> sets = new ArrayList<>();
        after.forEach((k, v) -> sets.add(Updates.set(k, v)));
        sets.add(Updates.push("history", new Document("at", Date.from(now)).append("by", by).append("after", after)));
        rules.updateOne(Filters.eq("_id", rule.id()), Updates.combine(sets), new UpdateOptions().upsert(true));
    }

    List<RuleVersion> history(String id) {
        Document doc = rules.find(Filters.eq("_id", id)).first();
        return doc == null ? List.of() : doc.getList("history", Document.class, List.of()).stream()
                .map(RuleStore::version).toList();
    }

    static RuleVersion version(Document h) {
        return new RuleVersion(h.getDate("at").toInstant(), h.getString("by"),
                fromDocument(h.get("after", Document.class)));
    }

    /** The seed file: a JSON array of rules in their stored shape. */
    static List<RoutingRule> parseSeed(String json) {
        return Document.parse("{\"rules\": " + json + "}").getList("rules", Document.class).stream()
                .map(RuleStore::fromDocument).toList();
    }

    static RoutingRule fromDocument(Document d) {
        return new RoutingRule(d.getString("topic"), d.getString("locality"), d.getList("targets", String.class),
                d.getBoolean("knowledgeBaseOnly", false), d.getString("reason"));
    }

    private static Document fields(RoutingRule r) {
        return new Document("topic", r.topic()).append("locality", r.locality()).append("targets", r.targets())
                .append("knowledgeBaseOnly", r.knowledgeBaseOnly()).append("reason", r.reason());
    }
}
