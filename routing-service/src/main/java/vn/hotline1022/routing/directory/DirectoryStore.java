package vn.hotline1022.routing.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.mongo.Inserts;
import vn.hotline1022.contracts.EventType;
import vn.hotline1022.contracts.events.UnitChanged;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The {@code units} collection; every edit pushes its before/after into the unit's own history, and queues the
 * unit's new state as {@code hotline.unit.changed.v1}, in the same write ({@code announcedVersion} says which
 * version was last queued).
 */
@Component
class DirectoryStore {

    static final String ANNOUNCED = "announcedVersion";

    private final MongoCollection<Document> units;
    private final OutboxDocuments outbox;

    DirectoryStore(MongoDatabase database, OutboxDocuments outbox) {
        this.units = database.getCollection("units");
        this.outbox = outbox;
    }

    private static OutboxEvent<UnitChanged> announcement(Unit unit, long version, Instant now) {
        return OutboxEvent.of(EventType.UNIT_CHANGED, unit.code(), new UnitChanged(unit.code(),
                unit.name(), unit.kind().name(), unit.transferable(), unit.dialableHotlines().size(),
                (int) unit.hotlines().stream().filter(Hotline::placeholder).count(), version, unit.retired()), now);
    }

    /**
     * Queues the current state of every unit whose current version was never announced: units stored before the
     * directory announced itself, or a write whose event was lost with its process. Safe to run on every start and
     * by several replicas: each write is guarded by the version it announces.
     */
    int announceUnannounced(Instant now) {
        int queued = 0;
        for (Document d : units.find().projection(new Document("history", 0).append(OutboxDocuments.OUTBOX, 0))) {
            long version = d.get("version", Number.class) == null ? 1L : d.get("version", Number.class).longValue();
            Number announced = d.get(ANNOUNCED, Number.class);
            if (announced != null && announced.longValue() == version) {
                continue;
            }
            Unit unit = UnitDocuments.fromDocument(d);
            queued += units.updateOne(Filters.and(Filters.eq("_id", unit.code()), Filters.eq("version", version),
                            Filters.ne(ANNOUNCED, version)),
                    Updates.combine(Updates.set(ANNOUNCED, version), outbox.append(announcement(unit, version, now))))
                    .getModifiedCount() == 1 ? 1 : 0;
        }
        return queued;
    }

    List<Unit> findAll() {
        return units.find().projection(new Document("history", 0)).map(UnitDocuments::fromDocument)
                .into(new ArrayList<>());
    }

    Optional<Unit> find(String code) {
        return Optional.ofNullable(units.find(Filters.eq("_id", code)).projection(new Document("history", 0)).first())
                .map(UnitDocuments::fromDocument);
    }

    /** Inserts the seed version unless the unit exists: a supervisor's later edits are never overwritten. */
    boolean seed(Unit unit, String source, Instant now) {
        Document fields = UnitDocuments.toDocument(unit);
        fields.remove("_id");
        Document after = new Document(fields);
        fields.append("version", 1L).append("source", source)
                .append("history", List.of(historyEntry("SEED", "seed", null, after, now)))
                .append(ANNOUNCED, 1L);
        fields.putAll(outbox.initial(announcement(unit, 1L, now)));
        UpdateResult r = units.updateOne(Filters.eq("_id", unit.code()), new Document("$setOnInsert", fields),
                new UpdateOptions().upsert(true));
        return r.getUpsertedId() != null;
    }

    boolean create(Unit unit, String by, Instant now) {
        Document doc = UnitDocuments.toDocument(unit).append("version", 1L);
        doc.append("history", List.of(historyEntry("CREATE", by, null, UnitDocuments.toDocument(unit), now)));
        doc.append(ANNOUNCED, 1L).putAll(outbox.initial(announcement(unit, 1L, now)));
        return Inserts.ifAbsent(units, doc);
    }

    /** Replaces the editable fields if the stored version is still {@code before.version()}. */
    boolean update(Unit before, Unit after, String by, Instant now) {
        return update(before, after, by, now, "UPDATE");
    }

    /** {@code action}: what the history says happened (UPDATE, RETIRE, REINSTATE). */
    boolean update(Unit before, Unit after, String by, Instant now, String action) {
        Document fields = UnitDocuments.toDocument(after);
        fields.remove("_id");
        List<org.bson.conversions.Bson> sets = new ArrayList<>();
        fields.forEach((k, v) -> sets.add(Updates.set(k, v)));
        if (after.escalationDue() == null) {
            sets.add(Updates.unset("escalationDue"));
        }
        sets.add(Updates.inc("version", 1L));
        sets.add(Updates.set(ANNOUNCED, before.version() + 1));
        sets.add(outbox.append(announcement(after, before.version() + 1, now)));
        sets.add(Updates.push("history", historyEntry(action, by, UnitDocuments.toDocument(before),
                UnitDocuments.toDocument(after), now)));
        return units.updateOne(Filters.and(Filters.eq("_id", before.code()), Filters.eq("version", before.version())),
                Updates.combine(sets)).getModifiedCount() == 1;
    }

    List<UnitHistoryView> history(String code) {
        Document doc = units.find(Filters.eq("_id", code)).projection(new Document("history", 1)).first();
        return doc == null ? List.of() : doc.getList("history", Document.class, List.of()).stream()
                .map(UnitDocuments::version).toList();
    }

    private static Document historyEntry(String action, String by, Document before, Document after, Instant now) {
        return new Document("at", Date.from(now)).append("by", by).append("action", action)
                .append("before", before).append("after", after);
    }
}
