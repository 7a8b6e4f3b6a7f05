package vn.hotline1022.reporting.calls;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * One fact document per call, keyed by callId. Figures are computed from these facts, so a replayed or
 * duplicated event rewrites the same document and changes no figure.
 */
@Component
public class CallFacts {

    private final MongoCollection<Document> facts;

    CallFacts(MongoDatabase database) {
        this.facts = database.getCollection("call_facts");
        facts.createIndex(new Document("receivedAt", 1));
    }

    void record(CallFact fact) {
        facts.updateOne(Filters.eq("_id", fact.callId()), Updates.combine(
                        Updates.set("operator", fact.operator()),
                        Updates.set("channel", fact.channel()),
                        Updates.set("locality", fact.locality()),
                        Updates.set("topic", fact.topic()),
                        Updates.set("receivedAt", Date.from(fact.receivedAt())),
                        Updates.set("repeatCaller", fact.repeatCaller()),
                        Updates.addToSet("eventIds", fact.eventId())),
                new UpdateOptions().upsert(true));
    }

    public MongoCollection<Document> collection() {
        return facts;
    }
}
