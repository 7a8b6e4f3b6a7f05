package vn.hotline1022.knowledge.usage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.entry.EntryUsages;
import vn.hotline1022.support.mongo.Inserts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The usage log: one document per time an entry answered a caller, from the desk or imported from another log.
 * It is what the search learns from; a rejected record is a negative and never trains the model. Only records with
 * the caller's words are "learnable".
 */
@Component
public class UsageStore implements EntryUsages {

    public static final String COLLECTION = "usage";

    public enum Source { DESK, IMPORT }

    private final MongoCollection<Document> usage;

    UsageStore(MongoDatabase database) {
        this.usage = database.getCollection(COLLECTION);
        usage.createIndex(new Document("recordedAt", 1));
        usage.createIndex(new Document("entryId", 1));
        usage.createIndex(new Document("externalId", 1));
    }

    @Override
    public void used(Entry entry, String callId, String question, String operator) {
        String words = question == null || question.isBlank() ? null : question.strip();
        String folded = words == null ? null : UsageKeys.folded(words);
        Instant now = Instant.now();
        insert(record(UsageKeys.desk(entry.id(), callId, folded), entry.id(), entry.externalId(), words, folded, now,
                Source.DESK, false, now)
                .append("callId", callId).append("operator", operator));
    }

    @Override
    public void rejected(Entry entry, String question, String by) {
        String externalId = entry.externalId();
        Bson sameEntry = externalId == null ? Filters.eq("entryId", entry.id())
                : Filters.or(Filters.eq("entryId", entry.id()), Filters.eq("externalId", externalId));
        usage.updateMany(Filters.and(sameEntry, Filters.eq("folded", UsageKeys.folded(question)),
                        Filters.eq("rejected", false)),
                Updates.combine(Updates.set("rejected", true), Updates.set("rejectedAt", new Date()),
                        Updates.set("rejectedBy", by)));
    }

    /** False when the same use is already in the log (the line was imported before). */
    boolean insertImported(UsageLine line, String entryId, String importId, String by) {
        String folded = UsageKeys.folded(line.question());
        return insert(record(UsageKeys.imported(line.externalId(), folded, line.usedAt()), entryId, line.externalId(),
                line.question(), folded, line.usedAt(), Source.IMPORT, line.rejected(), Instant.now())
                .append("importId", importId).append("importedBy", by));
    }

    /** Non-rejected records with the caller's words, oldest first: the learner's pairs. */
    public Iterable<LearnableUse> learnable() {
        return usage.find(learnableFilter(null)).sort(Sorts.ascending("recordedAt"))
                .projection(new Document("question", 1).append("entryId", 1).append("externalId", 1)).batchSize(5000)
                .map(d -> new LearnableUse(d.getString("question"), d.getString("entryId"), d.getString("externalId")));
    }

    /** Learnable records that arrived after {@code since} (all of them when null). */
    public long countLearnable(Instant since) {
        return usage.countDocuments(learnableFilter(since));
    }

    public long countRejected() {
        return usage.countDocuments(Filters.eq("rejected", true));
    }

    /** What an export can carry to another log: records with an entry code and the caller's words. */
    Iterable<UsageExportLine> exportable(boolean includeRejected) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.ne("question", null), Filters.ne("externalId", null)));
        if (!includeRejected) {
            filters.add(Filters.eq("rejected", false));
        }
        return usage.find(Filters.and(filters)).sort(Sorts.ascending("recordedAt", "_id")).batchSize(1000)
                .map(d -> UsageDocuments.exportLine(d, includeRejected));
    }

    private static Bson learnableFilter(Instant since) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("rejected", false), Filters.ne("question", null)));
        if (since != null) {
            filters.add(Filters.gt("recordedAt", Date.from(since)));
        }
        return Filters.and(filters);
    }

    private static Document record(String id, String entryId, String externalId, String question, String folded,
                                   Instant usedAt, Source source, boolean rejected, Instant recordedAt) {
        return new Document("_id", id).append("entryId", entryId).append("externalId", externalId)
                .append("question", question).append("folded", folded)
                .append("usedAt", usedAt == null ? null : Date.from(usedAt)).append("source", source.name())
                .append("rejected", rejected).append("recordedAt", Date.from(recordedAt));
    }

    private boolean insert(Document doc) {
        return Inserts.ifAbsent(usage, doc);
    }
}
