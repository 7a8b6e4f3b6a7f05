package vn.hotline1022.knowledge.entry;

import vn.hotline1022.support.web.ApiException;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.KnowledgeChanged;
import vn.hotline1022.knowledge.domain.EntryAction;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryStatus;
import vn.hotline1022.support.outbox.OutboxDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The entries collection, source of truth of the knowledge base. Every change is one document write that also
 * bumps {@code version}, appends to {@code history} and queues a knowledge-changed event in the outbox.
 */
@Component
public class EntryStore {

    public static final String COLLECTION = "entries";
    public static final String DELETED = "DELETED";

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final MongoCollection<Document> entries;
    private final OutboxDocuments outbox;

    EntryStore(MongoDatabase database, OutboxDocuments outbox) {
        this.entries = database.getCollection(COLLECTION);
        this.outbox = outbox;
        entries.createIndex(new Document("externalId", 1), new IndexOptions().unique(true).sparse(true));
        entries.createIndex(new Document("updatedAt", 1));
        entries.createIndex(new Document("status", 1));
    }

    /** Inserts a new entry; {@code extra} may carry {@code _id} and provenance fields (e.g. escalationId). */
    public Document create(EntryContent content, EntryStatus status, String by, Map<String, Object> extra) {
        Instant now = Instant.now();
        Document doc = new Document("_id", UUID.randomUUID().toString());
        doc.putAll(extra);
        String id = doc.getString("_id");
        EntryDocs.fields(content).forEach((k, v) -> {
            if (v != null) {
                doc.append(k, v);
            }
        });
        doc.append("status", status.name()).append("version", 1L).append("usageCount", 0L)
                .append("learnedPhrasings", new ArrayList<>()).append("createdAt", Date.from(now))
                .append("createdBy", by).append("updatedAt", Date.from(now))
                .append("history", new ArrayList<>(List.of(history(1, now, by, "CREATED", EntryDocs.CONTENT_FIELDS, status.name()))));
        doc.putAll(outbox.initial(changed(id, 1, status.name(), now)));
        entries.insertOne(doc);
        return doc;
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(entries.find(Filters.and(Filters.eq("_id", id), Filters.ne("status", DELETED))).first());
    }

    public Document get(String id) {
        return find(id).orElseThrow(() -> ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "knowledge.entry.not-found", id));
    }

    public Optional<Document> findByExternalId(String externalId) {
        return Optional.ofNullable(entries.find(Filters.eq("externalId", externalId)).first());
    }

    /**
     * Replaces the content. A changed text sends an APPROVED or PUBLISHED entry back to DRAFT for re-approval,
     * unless the caller sets a status itself (an import of an already approved list).
     */
    public Outcome update(Document current, EntryContent content, EntryStatus requested, String by, String action) {
        List<String> changed = EntryDocs.changed(current, content);
        EntryStatus status = EntryStatus.valueOf(current.getString("status").equals(DELETED) ? "DRAFT" : current.getString("status"));
        EntryStatus next = requested != null ? requested : (changed.isEmpty() || status == EntryStatus.DRAFT
                || status == EntryStatus.ARCHIVED ? status : EntryStatus.DRAFT);
        if (changed.isEmpty() && next.name().equals(current.getString("status"))) {
            return Outcome.UNCHANGED;
        }
        List<Bson> sets = new ArrayList<>();
        EntryDocs.fields(content).forEach((k, v) -> sets.add(v == null ? Updates.unset(k) : Updates.set(k, v)));
        sets.add(Updates.set("status", next.name()));
        write(current, action, changed, next.name(), by, sets);
        return Outcome.UPDATED;
    }

    public Document transition(String id, EntryAction action, String by) {
        Document current = get(id);
        EntryStatus from = EntryStatus.valueOf(current.getString("status"));
        EntryStatus to = from.after(action);
        if (to == null) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "knowledge.entry.transition.refused."
                    + action.name().toLowerCase(java.util.Locale.ROOT), from);
        }
        write(current, action.name(), List.of("status"), to.name(), by, List.of(Updates.set("status", to.name()),
                Updates.set(action == EntryAction.PUBLISH ? "publishedAt" : "statusChangedAt", new Date())));
        return get(id);
    }

    public void delete(String id, String by) {
        Document current = get(id);
        write(current, "DELETED", List.of("status"), DELETED, by, List.of(Updates.set("status", DELETED)));
    }

    /** Counts a use for a call and keeps the caller's words as a learned phrasing (once per wording). */
    public Document markUsed(String id, String callId, String question, String by) {
        Document current = get(id);
        if (!EntryStatus.valueOf(current.getString("status")).operatorVisible()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "knowledge.entry.usage-needs-approved");
        }
        List<Bson> sets = new ArrayList<>(List.of(Updates.inc("usageCount", 1L)));
        List<String> fields = new ArrayList<>(List.of("usageCount"));
        if (question != null && !question.isBlank() && !alreadyLearned(current, question)) {
            sets.add(Updates.push("learnedPhrasings", new Document("id", UUID.randomUUID().toString())
                    .append("text", question.strip()).append("callId", callId).append("by", by)
                    .append("at", new Date())));
            fields.add("learnedPhrasings");
        }
        write(current, "USED", fields, current.getString("status"), by, sets, fields.size() > 1);
        return get(id);
    }

    public Document removeLearnedPhrasing(String id, String phrasingId, String by) {
        Document current = get(id);
        write(current, "LEARNED_PHRASING_REJECTED", List.of("learnedPhrasings"), current.getString("status"), by,
                List.of(Updates.pull("learnedPhrasings", new Document("id", phrasingId))));
        return get(id);
    }

    /** The words of one learned phrasing, or null when the entry has none with that id. */
    public static String learnedPhrasingText(Document entry, String phrasingId) {
        return entry.getList("learnedPhrasings", Document.class, List.of()).stream()
                .filter(p -> phrasingId.equals(p.getString("id"))).map(p -> p.getString("text")).findFirst().orElse(null);
    }

    private static boolean alreadyLearned(Document current, String question) {
        String folded = vn.hotline1022.knowledge.search.VietnameseText.fold(question.strip());
        return current.getList("learnedPhrasings", Document.class, List.of()).stream()
                .anyMatch(p -> vn.hotline1022.knowledge.search.VietnameseText.fold(p.getString("text")).equals(folded));
    }

    private void write(Document current, String action, List<String> fields, String status, String by, List<Bson> sets) {
        write(current, action, fields, status, by, sets, true);
    }

    /** One conditional update: the change, the version bump, the history line and the event, or nothing. */
    private void write(Document current, String action, List<String> fields, String status, String by,
                       List<Bson> sets, boolean recordHistory) {
        Instant now = Instant.now();
        long version = current.get("version", Number.class).longValue() + 1;
        List<Bson> ops = new ArrayList<>(sets);
        ops.add(Updates.set("version", version));
        ops.add(Updates.set("updatedAt", Date.from(now)));
        ops.add(Updates.set("updatedBy", by));
        if (recordHistory) {
            ops.add(Updates.push("history", history(version, now, by, action, fields, status)));
        }
        ops.add(outbox.append(changed(current.getString("_id"), version, status, now)));
        var result = entries.updateOne(Filters.and(Filters.eq("_id", current.get("_id")),
                Filters.eq("version", current.get("version"))), Updates.combine(ops));
        if (result.getMatchedCount() == 0) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "knowledge.entry.concurrent-update");
        }
    }

    private Document changed(String id, long version, String status, Instant now) {
        return outbox.entry(EventType.KNOWLEDGE_CHANGED, id,
                new KnowledgeChanged(id, version, status), now);
    }

    private static Document history(long version, Instant at, String by, String action, List<String> fields, String status) {
        return new Document("version", version).append("at", Date.from(at)).append("by", by)
                .append("action", action).append("fields", fields).append("status", status);
    }

    public boolean isDuplicateKey(MongoWriteException e) {
        return e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
