package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The merge saga of {@link EscalationSupervision}: intent on the source, guarded push into the target, intent cleared. */
@Component
class EscalationMerges {

    private final EscalationStore store;
    private final RaisedEventDocuments raised;
    private final Clock clock;

    EscalationMerges(EscalationStore store, RaisedEventDocuments raised, Clock clock) {
        this.store = store;
        this.raised = raised;
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
                    List.of(raised.event(new Document(target).append("callCount", count), now)));
            if (applied) {
                store.update(Filters.eq("_id", sourceId), List.of(Updates.unset("mergePending")), List.of());
                return true;
            }
        }
        throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.retry");
    }

    private static List<String> mergedFrom(Document target) {
        return target.getList("mergedFrom", String.class, List.of());
    }
}
