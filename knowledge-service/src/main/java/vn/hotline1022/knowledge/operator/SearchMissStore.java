package vn.hotline1022.knowledge.operator;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.KnowledgeSearchMissed;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;
import vn.hotline1022.knowledge.search.VietnameseText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Searches that found no good answer, with their search-missed event in the same insert. */
@Component
class SearchMissStore {

    private final MongoCollection<Document> misses;
    private final OutboxDocuments outbox;

    SearchMissStore(MongoDatabase database, OutboxDocuments outbox) {
        this.misses = database.getCollection("search_misses");
        this.outbox = outbox;
        misses.createIndex(new Document("searchedAt", 1));
    }

    void record(String query, String topic, String locality, String operator) {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        Document doc = new Document("_id", id).append("query", query.strip())
                .append("normalized", String.join(" ", VietnameseText.fold(query).trim().split("\\s+")))
                .append("topic", topic).append("locality", locality).append("operator", operator)
                .append("searchedAt", Date.from(now));
        doc.putAll(outbox.initial(OutboxEvent.of(EventType.KNOWLEDGE_SEARCH_MISSED, id,
                new KnowledgeSearchMissed(query.strip(), topic, locality, now), now)));
        misses.insertOne(doc);
    }

    /** The most frequent unanswered searches since a time, grouped by their accent-folded form. */
    List<SearchMissView> top(Instant since, int limit) {
        return misses.aggregate(List.of(
                Aggregates.match(Filters.gte("searchedAt", Date.from(since))),
                Aggregates.group("$normalized", Accumulators.sum("count", 1), Accumulators.last("example", "$query"),
                        Accumulators.max("lastSearchedAt", "$searchedAt")),
                Aggregates.sort(Sorts.descending("count", "lastSearchedAt")),
                Aggregates.limit(limit))).map(SearchMissDocuments::view).into(new ArrayList<>());
    }
}
