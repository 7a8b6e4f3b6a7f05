package vn.hotline1022.reporting.knowledge;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.digest.domain.QuestionText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Knowledge entries (latest version wins, so an old event replayed after a newer one changes nothing) and missed
 * searches (keyed by eventId: each miss is its own fact).
 */
@Component
public class KnowledgeFactStore {

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> misses;

    KnowledgeFactStore(MongoDatabase database) {
        this.entries = database.getCollection("kb_entry_facts");
        this.misses = database.getCollection("search_miss_facts");
        misses.createIndex(new Document("searchedAt", 1));
    }

    void changed(String entryId, long version, String status, Instant at) {
        Document current = entries.find(Filters.eq("_id", entryId)).first();
        if (current != null && current.get("version", Number.class).longValue() >= version) {
            return;
        }
        entries.replaceOne(Filters.eq("_id", entryId), new Document("_id", entryId).append("version", version)
                .append("status", status).append("changedAt", Date.from(at)), new ReplaceOptions().upsert(true));
    }

    void searchMissed(String eventId, String query, String topic, String locality, Instant searchedAt) {
        misses.updateOne(Filters.eq("_id", eventId), Updates.combine(
                Updates.set("query", query.strip()),
                Updates.set("normalized", QuestionText.normalize(query)),
                Updates.set("topic", topic),
                Updates.set("locality", locality),
                Updates.set("searchedAt", Date.from(searchedAt))), new UpdateOptions().upsert(true));
    }

    /** The entry's latest known status, or null if reporting has not heard of it. */
    public String statusOf(String entryId) {
        Document entry = entries.find(Filters.eq("_id", entryId)).first();
        return entry == null ? null : entry.getString("status");
    }

    /** Searches that found nothing in [from, to). */
    public List<SearchMiss> missesBetween(Instant from, Instant to) {
        List<SearchMiss> out = new ArrayList<>();
        misses.find(Filters.and(Filters.gte("searchedAt", Date.from(from)), Filters.lt("searchedAt", Date.from(to))))
                .forEach(d -> out.add(new SearchMiss(d.getString("query"), d.getString("normalized"))));
        return out;
    }
}
