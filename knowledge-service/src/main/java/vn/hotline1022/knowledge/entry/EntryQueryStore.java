package vn.hotline1022.knowledge.entry;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.domain.Entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads of the entries collection for lists, the index, the learner, the public feed and the metrics. */
@Component
public class EntryQueryStore {

    private final MongoCollection<Document> entries;

    EntryQueryStore(MongoDatabase database) {
        this.entries = database.getCollection(EntryStore.COLLECTION);
    }

    public List<Entry> list(String status, String topic, int page, int size) {
        return entries.find(filter(status, topic)).sort(Sorts.descending("updatedAt")).skip(page * size).limit(size)
                .projection(new Document("outbox", 0).append("history", 0)).map(EntryDocuments::entry)
                .into(new ArrayList<>());
    }

    public long count(String status, String topic) {
        return entries.countDocuments(filter(status, topic));
    }

    private static Bson filter(String status, String topic) {
        List<Bson> filters = new ArrayList<>();
        filters.add(status == null ? Filters.ne("status", EntryStore.DELETED) : Filters.eq("status", status));
        if (topic != null) {
            filters.add(Filters.eq("topic", topic));
        }
        return Filters.and(filters);
    }

    public Iterable<Entry> operatorVisible() {
        return entries.find(Filters.in("status", List.of("APPROVED", "PUBLISHED")))
                .projection(new Document("outbox", 0).append("history", 0)).batchSize(1000).map(EntryDocuments::entry);
    }

    /** Id and externalId of every entry operators may read: how the learner maps the usage log to the index. */
    public Iterable<EntryKey> operatorVisibleKeys() {
        return entries.find(Filters.in("status", List.of("APPROVED", "PUBLISHED")))
                .projection(new Document("_id", 1).append("externalId", 1)).batchSize(5000)
                .map(d -> new EntryKey(d.getString("_id"), d.getString("externalId")));
    }

    /** Ids of the entries written since a time, deleted ones included. */
    public List<String> idsChangedSince(Instant since) {
        return entries.find(Filters.gte("updatedAt", Date.from(since))).projection(new Document("_id", 1))
                .map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    public long countByStatus(String status) {
        return entries.countDocuments(Filters.eq("status", status));
    }

    public List<Entry> published(int page, int size, String topic) {
        return entries.find(filter("PUBLISHED", topic)).sort(Sorts.descending("publishedAt")).skip(page * size)
                .limit(size).map(EntryDocuments::entry).into(new ArrayList<>());
    }
}
