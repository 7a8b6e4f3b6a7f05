package vn.hotline1022.knowledge.entry;

import vn.hotline1022.support.web.ApiException;

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
import vn.hotline1022.knowledge.domain.Entry;
import vn.hotline1022.knowledge.domain.EntryAction;
import vn.hotline1022.knowledge.domain.EntryContent;
import vn.hotline1022.knowledge.domain.EntryHistoryLine;
import vn.hotline1022.knowledge.domain.EntryOrigin;
import vn.hotline1022.knowledge.domain.EntryStatus;
import vn.hotline1022.knowledge.domain.LearnedPhrasing;
import vn.hotline1022.support.mongo.Inserts;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The entries collection, source of truth of the knowledge base. Every change is one document write that also
 * bumps {@code version}, appends to {@code history} and queues a knowledge-changed event in the outbox.
 */
@Component
public class EntryStore {

    public static final String COLLECTION = "entries";
    public static final String DELETED = Entry.DELETED;

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

    /** Inserts a new entry; {@code origin} may fix its id and say where it comes from. */
    public Entry create(EntryContent content, EntryStatus status, String by, EntryOrigin origin) {
        Document doc = newDocument(content, status, by, origin);
        entries.insertOne(doc);
        return EntryDocuments.entry(doc);
    }

    /** As {@link #create}, but empty when an entry with the same id or code is already there (a redelivery, a race). */
    public Optional<Entry> createIfNew(EntryContent content, EntryStatus status, String by, EntryOrigin origin) {
        Document doc = newDocument(content, status, by, origin);
        return Inserts.ifAbsent(entries, doc) ? Optional.of(EntryDocuments.entry(doc)) : Optional.empty();
    }

    private Document newDocument(EntryContent content, EntryStatus status, String by, EntryOrigin origin) {
        Instant now = Instant.now();
        Document doc = new Document("_id", UUID.randomUUID().toString());
        doc.putAll(EntryDocuments.origin(origin));
        String id = doc.getString("_id");
        EntryDocuments.fields(content).forEach((k, v) -> {
            if (v != null) {
                doc.append(k, v);
            }
        });
        doc.append("status", status.name()).append("version", 1L).append("usageCount", 0L)
                .append("learnedPhrasings", new ArrayList<>()).append("createdAt", Date.from(now))
                .append("createdBy", by).append("updatedAt", Date.from(now))
                .append("history", new ArrayList<>(List.of(EntryDocuments.history(new EntryHistoryLine(1, now, by,
                        "CREATED", EntryDocuments.CONTENT_FIELDS, status.name())))));
        doc.putAll(outbox.initial(changed(id, 1, status.name(), now)));
        return doc;
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.find(Filters.and(Filters.eq("_id", id), Filters.ne("status", DELETED))).first())
                .map(EntryDocuments::entry);
    }

    public Entry get(String id) {
        return find(id).orElseThrow(() -> ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "knowledge.entry.not-found", id));
    }

    public Optional<Entry> findByExternalId(String externalId) {
        return Optional.ofNullable(entries.find(Filters.eq("externalId", externalId)).first()).map(EntryDocuments::entry);
    }

    /**
     * Replaces the content. A changed text sends an APPROVED or PUBLISHED entry back to DRAFT for re-approval,
     * unless the caller sets a status itself (an import of an already approved list).
     */
    public Outcome update(Entry current, EntryContent content, EntryStatus requested, String by, String action) {
        List<String> changed = EntryDocuments.changed(current.content(), content);
        EntryStatus status = EntryStatus.valueOf(current.deleted() ? "DRAFT" : current.status());
        EntryStatus next = requested != null ? requested : (changed.isEmpty() || status == EntryStatus.DRAFT
                || status == EntryStatus.ARCHIVED ? status : EntryStatus.DRAFT);
        if (changed.isEmpty() && next.name().equals(current.status())) {
            return Outcome.UNCHANGED;
        }
        List<Bson> sets = new ArrayList<>();
        EntryDocuments.fields(content).forEach((k, v) -> sets.add(v == null ? Updates.unset(k) : Updates.set(k, v)));
        sets.add(Updates.set("status", next.name()));
        write(current, action, changed, next.name(), by, sets);
        return Outcome.UPDATED;
    }

    public Entry transition(String id, EntryAction action, String by) {
        Entry current = get(id);
        EntryStatus from = EntryStatus.valueOf(current.status());
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
        Entry current = get(id);
        write(current, "DELETED", List.of("status"), DELETED, by, List.of(Updates.set("status", DELETED)));
    }

    /** Counts a use for a call and keeps the caller's words as a learned phrasing (once per wording). */
    public Entry markUsed(String id, String callId, String question, String by) {
        Entry current = get(id);
        if (!EntryStatus.valueOf(current.status()).operatorVisible()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "knowledge.entry.usage-needs-approved");
        }
        List<Bson> sets = new ArrayList<>(List.of(Updates.inc("usageCount", 1L)));
        List<String> fields = new ArrayList<>(List.of("usageCount"));
        if (question != null && !question.isBlank() && !alreadyLearned(current, question)) {
            sets.add(Updates.push("learnedPhrasings", EntryDocuments.learned(new LearnedPhrasing(
                    UUID.randomUUID().toString(), question.strip(), callId, by, Instant.now()))));
            fields.add("learnedPhrasings");
        }
        write(current, "USED", fields, current.status(), by, sets, fields.size() > 1);
        return get(id);
    }

    public Entry removeLearnedPhrasing(String id, String phrasingId, String by) {
        Entry current = get(id);
        write(current, "LEARNED_PHRASING_REJECTED", List.of("learnedPhrasings"), current.status(), by,
                List.of(Updates.pull("learnedPhrasings", new Document("id", phrasingId))));
        return get(id);
    }

    private static boolean alreadyLearned(Entry current, String question) {
        String folded = vn.hotline1022.knowledge.search.VietnameseText.fold(question.strip());
        return current.learnedPhrasings().stream()
                .anyMatch(p -> vn.hotline1022.knowledge.search.VietnameseText.fold(p.text()).equals(folded));
    }

    private void write(Entry current, String action, List<String> fields, String status, String by, List<Bson> sets) {
        write(current, action, fields, status, by, sets, true);
    }

    /** One conditional update: the change, the version bump, the history line and the event, or nothing. */
    private void write(Entry current, String action, List<String> fields, String status, String by,
                       List<Bson> sets, boolean recordHistory) {
        Instant now = Instant.now();
        long version = current.version() + 1;
        List<Bson> ops = new ArrayList<>(sets);
        ops.add(Updates.set("version", version));
        ops.add(Updates.set("updatedAt", Date.from(now)));
        ops.add(Updates.set("updatedBy", by));
        if (recordHistory) {
            ops.add(Updates.push("history", EntryDocuments.history(new EntryHistoryLine(version, now, by, action, fields,
                    status))));
        }
        ops.add(outbox.append(changed(current.id(), version, status, now)));
        var result = entries.updateOne(Filters.and(Filters.eq("_id", current.id()),
                Filters.eq("version", current.version())), Updates.combine(ops));
        if (result.getMatchedCount() == 0) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "knowledge.entry.concurrent-update");
        }
    }

    private static OutboxEvent<KnowledgeChanged> changed(String id, long version, String status, Instant now) {
        return OutboxEvent.of(EventType.KNOWLEDGE_CHANGED, id, new KnowledgeChanged(id, version, status), now);
    }
}
