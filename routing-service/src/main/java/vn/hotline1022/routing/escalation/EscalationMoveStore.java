package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import lombok.RequiredArgsConstructor;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.escalation.domain.HistoryLine;
import vn.hotline1022.routing.escalation.domain.SplitIntent;

import java.time.Instant;
import java.util.List;

/**
 * The writes of the merge and split sagas ({@link EscalationSupervision} says why they are sagas): each step one
 * guarded single-document write on {@code escalations}, through {@link EscalationStore}.
 */
@Component
@RequiredArgsConstructor
class EscalationMoveStore {

    private final EscalationStore store;
    private final RaisedEvents raised;

    List<Escalation> withMergePending(int limit) {
        return store.list(Filters.eq("mergePending", true), limit, true);
    }

    List<Escalation> withSplitPending(int limit) {
        return store.list(Filters.elemMatch("splits", Filters.eq("applied", false)), limit, true);
    }

    /** Merge step 1: the open source records where its calls go. No-op if it is no longer open. */
    void markMerged(String sourceId, String targetId, String by, Instant now) {
        store.update(Filters.and(Filters.eq("_id", sourceId), EscalationDocuments.open()),
                List.of(Updates.set("status", EscalationStatus.MERGED.name()), Updates.set("mergedInto", targetId),
                        Updates.set("mergePending", true), Updates.set("mergedBy", by),
                        EscalationDocuments.history(HistoryLine.of("MERGED_INTO", by, now).movedInto(targetId, null))), List.of());
    }

    /** Merge step 2: the calls the target lacks, pushed once (guarded by {@code mergedFrom}) with a raised event. */
    boolean mergeInto(Escalation target, Escalation source, List<EscalatedCall> moving, Instant now) {
        int count = target.callsCounted() + moving.size();
        Bson guard = Filters.and(Filters.eq("_id", target.id()), EscalationDocuments.open(), Filters.ne("mergedFrom", source.id()),
                Filters.eq("callCount", target.callCount()));
        return store.update(guard, List.of(Updates.pushEach("calls", EscalationDocuments.calls(moving)),
                        Updates.set("callCount", count), Updates.addToSet("mergedFrom", source.id()),
                        EscalationDocuments.history(HistoryLine.of("MERGED_FROM", source.mergedBy(), now).movedFrom(source.id(),
                                moving.stream().map(EscalatedCall::callId).toList()))),
                List.of(raised.event(target.withCount(count), now)));
    }

    /** Merge step 3: the intent is done. */
    void mergeDone(String sourceId) {
        store.update(Filters.eq("_id", sourceId), List.of(Updates.unset("mergePending")), List.of());
    }

    /** The target closed before the calls arrived: the source opens again and says why. */
    void abortMerge(String sourceId, String targetId, EscalationStatus targetStatus, Instant now) {
        store.update(Filters.and(Filters.eq("_id", sourceId), Filters.eq("mergePending", true)),
                List.of(Updates.set("status", EscalationStatus.OPEN.name()), Updates.unset("mergedInto"),
                        Updates.unset("mergePending"), EscalationDocuments.history(HistoryLine.of("MERGE_ABORTED", "routing-service", now)
                                .movedInto(targetId, null).because(targetStatus.name()))), List.of());
    }

    /** Split step 1: the calls pulled out of the open source and the intent recorded, if nothing changed since read. */
    boolean splitOff(Escalation seen, SplitIntent intent, Instant now) {
        int left = seen.calls().size() - intent.calls().size();
        return store.update(EscalationDocuments.guarded(seen), List.of(Updates.pull("calls", Filters.in("callId", intent.callIds())),
                        Updates.set("callCount", left), Updates.push("splits", EscalationDocuments.toDocument(intent)),
                        EscalationDocuments.history(HistoryLine.of("SPLIT", intent.by(), now).movedInto(intent.into(), intent.callIds()))),
                List.of(raised.event(seen.withCount(left), now)));
    }

    /** Split step 3: the new escalation exists. */
    void splitApplied(String sourceId, String newId) {
        store.update(Filters.and(Filters.eq("_id", sourceId),
                        Filters.elemMatch("splits", Filters.and(Filters.eq("into", newId), Filters.eq("applied", false)))),
                List.of(Updates.set("splits.$.applied", true)), List.of());
    }
}
