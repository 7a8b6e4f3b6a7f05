package vn.hotline1022.routing.escalation;

import vn.hotline1022.support.web.ApiException;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Supervisors' corrections: merge duplicates the similarity check missed, split calls that were wrongly joined,
 * reassign to another unit.
 *
 * <p>Merge and split touch two documents and MongoDB (and our embedded test server) gives us no multi-document
 * transaction, so each is a small saga of single-document atomic writes, ordered so that any prefix is a state the
 * service can finish from:
 * <ol>
 *   <li><b>Intent on the source first.</b> Merge marks the source {@code MERGED} with {@code mergedInto} and
 *   {@code mergePending}; split pulls the calls from the source and records them in {@code splits[]} with the new
 *   escalation's id, chosen up front, and {@code applied:false}. From then on the source itself says what is left
 *   to do, and it keeps its calls (merge) or the moved calls (split) as history.</li>
 *   <li><b>Apply to the target with a guard.</b> Merge pushes the calls into the target only if its
 *   {@code mergedFrom} does not name the source yet; split inserts the new escalation under the pre-chosen id, so a
 *   second insert is a duplicate key, not a second escalation. Each write carries its own outbox event.</li>
 *   <li><b>Clear the intent</b> ({@code mergePending} unset, {@code splits.$.applied}).</li>
 * </ol>
 * A crash between steps leaves a pending intent: repeating the same request finishes it (merge accepts a source
 * already merged into the same target; split recognises the same call ids), and {@link #resumePending} does it
 * on a schedule. A merge whose target was answered in between is rolled back on the source (MERGE_ABORTED), so a
 * call is never left in a closed escalation nobody will call back from.
 */
@Service
class EscalationSupervision {

    private static final Logger log = LoggerFactory.getLogger(EscalationSupervision.class);

    private final EscalationStore store;
    private final Escalations escalations;
    private final Directory directory;
    private final EscalationProperties properties;
    private final Clock clock;

    EscalationSupervision(EscalationStore store, Escalations escalations, Directory directory,
                          EscalationProperties properties, Clock clock) {
        this.store = store;
        this.escalations = escalations;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    Document merge(String targetId, List<String> sourceIds, String by) {
        Document target = store.find(targetId)
                .orElseThrow(() -> ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "routing.escalation.not-found", targetId));
        boolean retryOfDone = true;
        for (int i = 0; i < sourceIds.size(); i++) {
            String field = "sourceIds[" + i + "]";
            String sourceId = sourceIds.get(i);
            if (targetId.equals(sourceId)) {
                throw new InvalidFieldException(field, "routing.escalation.merge.self");
            }
            Document source = store.find(sourceId)
                    .orElseThrow(() -> new InvalidFieldException(field, "routing.escalation.not-found", sourceId));
            boolean alreadyInto = EscalationStatus.MERGED.name().equals(source.getString("status"))
                    && targetId.equals(source.getString("mergedInto"));
            if (!alreadyInto && !EscalationStatus.OPEN.name().equals(source.getString("status"))) {
                throw new InvalidFieldException(field, "routing.escalation.not-open", source.getString("status"));
            }
            if (!source.getString("unitCode").equals(target.getString("unitCode"))) {
                throw new InvalidFieldException(field, "routing.escalation.merge.same-unit");
            }
            retryOfDone &= alreadyInto && mergedFrom(target).contains(sourceId);
        }
        if (retryOfDone) {
            return target;
        }
        if (!EscalationStatus.OPEN.name().equals(target.getString("status"))) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", target.getString("status"));
        }
        for (String sourceId : sourceIds) {
            markMerged(sourceId, targetId, by);
            if (!completeMerge(sourceId)) {
                throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.merge.target-answered", sourceId);
            }
        }
        return store.find(targetId).orElseThrow();
    }

    /** Step 1 of a merge: the source records where its calls go. No-op if it already says so. */
    void markMerged(String sourceId, String targetId, String by) {
        Instant now = clock.instant();
        store.update(Filters.and(Filters.eq("_id", sourceId), Filters.eq("status", EscalationStatus.OPEN.name())),
                List.of(Updates.set("status", EscalationStatus.MERGED.name()), Updates.set("mergedInto", targetId),
                        Updates.set("mergePending", true), Updates.set("mergedBy", by),
                        Updates.push("history", Escalations.history("MERGED_INTO", by, now).append("into", targetId))),
                List.of());
    }

    /**
     * Steps 2 and 3 of a merge for a source marked MERGED. Returns false when the target was closed meanwhile and
     * the source was reopened instead.
     */
    boolean completeMerge(String sourceId) {
        for (int retry = 0; retry < 5; retry++) {
            Document source = store.find(sourceId).orElseThrow();
            if (!EscalationStatus.MERGED.name().equals(source.getString("status"))) {
                return false;
            }
            String targetId = source.getString("mergedInto");
            Document target = store.find(targetId).orElseThrow();
            if (mergedFrom(target).contains(sourceId)) {
                store.update(Filters.eq("_id", sourceId), List.of(Updates.unset("mergePending")), List.of());
                return true;
            }
            Instant now = clock.instant();
            if (!EscalationStatus.OPEN.name().equals(target.getString("status"))) {
                store.update(Filters.and(Filters.eq("_id", sourceId), Filters.eq("mergePending", true)),
                        List.of(Updates.set("status", EscalationStatus.OPEN.name()), Updates.unset("mergedInto"),
                                Updates.unset("mergePending"), Updates.push("history",
                                        Escalations.history("MERGE_ABORTED", "routing-service", now)
                                                .append("into", targetId).append("reason", target.getString("status")))),
                        List.of());
                return false;
            }
            Set<String> present = target.getList("calls", Document.class, List.of()).stream()
                    .map(c -> c.getString("source")).collect(Collectors.toSet());
            List<Document> moving = source.getList("calls", Document.class, List.of()).stream()
                    .filter(c -> !present.contains(c.getString("source"))).toList();
            int count = target.getInteger("callCount", 0) + moving.size();
            Bson guard = Filters.and(Filters.eq("_id", targetId), Filters.eq("status", EscalationStatus.OPEN.name()),
                    Filters.ne("mergedFrom", sourceId), Filters.eq("callCount", target.getInteger("callCount")));
            boolean applied = store.update(guard, List.of(Updates.pushEach("calls", moving), Updates.set("callCount", count),
                    Updates.addToSet("mergedFrom", sourceId), Updates.push("history",
                            Escalations.history("MERGED_FROM", source.getString("mergedBy"), now).append("from", sourceId)
                                    .append("callIds", moving.stream().map(c -> c.getString("callId")).toList()))),
                    List.of(escalations.raisedEvent(new Document(target).append("callCount", count), now)));
            if (applied) {
                store.update(Filters.eq("_id", sourceId), List.of(Updates.unset("mergePending")), List.of());
                return true;
            }
        }
        throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.retry");
    }

    /** Moves the given calls into a new escalation of the same unit (published to the unit like any other). */
    Document split(String id, List<String> callIds, String by) {
        Document e = store.find(id)
                .orElseThrow(() -> ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "routing.escalation.not-found", id));
        Set<String> wanted = Set.copyOf(callIds);
        Optional<Document> earlier = e.getList("splits", Document.class, List.of()).stream()
                .filter(s -> Set.copyOf(s.getList("callIds", String.class)).equals(wanted)).findFirst();
        if (earlier.isPresent()) {
            return completeSplit(id, earlier.get());
        }
        requireOpen(e);
        List<Document> calls = e.getList("calls", Document.class, List.of());
        List<Document> moving = calls.stream().filter(c -> wanted.contains(c.getString("callId"))).toList();
        if (moving.stream().map(c -> c.getString("callId")).distinct().count() != wanted.size()) {
            throw new InvalidFieldException("callIds", "routing.escalation.split.foreign-call");
        }
        if (moving.size() == calls.size()) {
            throw new InvalidFieldException("callIds", "routing.escalation.split.keep-one");
        }
        Instant now = clock.instant();
        String newId = UUID.randomUUID().toString();
        Document intent = new Document("into", newId).append("callIds", List.copyOf(callIds)).append("calls", moving)
                .append("by", by).append("at", Date.from(now)).append("applied", false);
        int left = calls.size() - moving.size();
        Bson guard = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("callCount", e.getInteger("callCount")));
        boolean ok = store.update(guard, List.of(Updates.pull("calls", Filters.in("callId", callIds)),
                        Updates.set("callCount", left), Updates.push("splits", intent),
                        Updates.push("history", Escalations.history("SPLIT", by, now).append("into", newId)
                                .append("callIds", callIds))),
                List.of(escalations.raisedEvent(new Document(e).append("callCount", left), now)));
        if (!ok) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.reload");
        }
        return completeSplit(id, intent);
    }

    /** Steps 2 and 3 of a split: the new escalation under its pre-chosen id, then the intent marked applied. */
    Document completeSplit(String sourceId, Document intent) {
        String newId = intent.getString("into");
        Document source = store.find(sourceId).orElseThrow();
        List<Document> moving = intent.getList("calls", Document.class);
        escalations.create(newId, source.getString("unitCode"), source.getString("topic"), source.getString("locality"),
                moving.get(0).getString("question"), moving, "SPLIT_FROM " + sourceId);
        store.update(Filters.and(Filters.eq("_id", sourceId),
                        Filters.elemMatch("splits", Filters.and(Filters.eq("into", newId), Filters.eq("applied", false)))),
                List.of(Updates.set("splits.$.applied", true)), List.of());
        return store.find(newId).orElseThrow();
    }

    /** Finishes merges and splits a crash left half done (older than {@code before}, to stay out of live requests). */
    int resumePending(Instant before) {
        int resumed = 0;
        for (Document source : store.find(Filters.eq("mergePending", true), 200)) {
            if (history(source, "MERGED_INTO").before(Date.from(before))) {
                completeMerge(source.getString("_id"));
                resumed++;
            }
        }
        for (Document source : store.find(Filters.elemMatch("splits", Filters.eq("applied", false)), 200)) {
            for (Document intent : source.getList("splits", Document.class)) {
                if (!intent.getBoolean("applied", false) && intent.getDate("at").before(Date.from(before))) {
                    completeSplit(source.getString("_id"), intent);
                    resumed++;
                }
            }
        }
        if (resumed > 0) {
            log.warn("finished {} merge/split step(s) left half done", resumed);
        }
        return resumed;
    }

    private static Date history(Document e, String action) {
        return e.getList("history", Document.class, List.of()).stream().filter(h -> action.equals(h.getString("action")))
                .map(h -> h.getDate("at")).reduce((a, b) -> b).orElse(new Date(0));
    }

    private static List<String> mergedFrom(Document target) {
        return target.getList("mergedFrom", String.class, List.of());
    }

    private static void requireOpen(Document e) {
        if (!EscalationStatus.OPEN.name().equals(e.getString("status"))) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.getString("status"));
        }
    }

    Document reassign(String id, String unitCode, String reason, String by) {
        Document e = open(id, "id");
        Unit unit = directory.find(unitCode)
                .orElseThrow(() -> new InvalidFieldException("unitCode", "routing.unit.unknown"));
        if (unitCode.equals(e.getString("unitCode"))) {
            throw new InvalidFieldException("unitCode", "routing.escalation.reassign.same-unit");
        }
        Instant now = clock.instant();
        Instant dueAt = properties.duePolicy().dueAt(now, unit.escalationDue());
        Document moved = new Document(e).append("unitCode", unitCode).append("dueAt", Date.from(dueAt));
        Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("unitCode", e.getString("unitCode")));
        boolean ok = store.update(filter, List.of(Updates.set("unitCode", unitCode), Updates.set("dueAt", Date.from(dueAt)),
                Updates.set("overdueNotified", false),
                Updates.push("history", Escalations.history("REASSIGNED", by, now).append("from", e.getString("unitCode"))
                        .append("to", unitCode).append("reason", reason))), List.of(escalations.raisedEvent(moved, now)));
        if (!ok) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.reload");
        }
        return store.find(id).orElseThrow();
    }

    private Document open(String id, String field) {
        Document e = store.find(id).orElseThrow(() -> "id".equals(field)
                ? ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "routing.escalation.not-found", id)
                : new InvalidFieldException(field, "routing.escalation.not-found", id));
        if (!EscalationStatus.OPEN.name().equals(e.getString("status"))) {
            if ("id".equals(field)) {
                throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.getString("status"));
            }
            throw new InvalidFieldException(field, "routing.escalation.not-open", e.getString("status"));
        }
        return e;
    }
}
