package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.SplitIntent;

import java.time.Instant;
import java.util.List;

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
 * call is never left in a closed escalation nobody will call back from. The steps live in {@link EscalationMerges}
 * and {@link EscalationSplits}; this class is the supervisors' entry and the resumption of what a crash left.
 */
@Service
@RequiredArgsConstructor
class EscalationSupervision {

    private static final Logger log = LoggerFactory.getLogger(EscalationSupervision.class);

    private final EscalationMoveStore store;
    private final EscalationMerges merges;
    private final EscalationSplits splits;
    private final EscalationReassignments reassignments;

    Escalation merge(String targetId, List<String> sourceIds, String by) {
        return merges.merge(targetId, sourceIds, by);
    }

    /** Step 1 of a merge alone (what a crash right after it leaves behind). */
    void markMerged(String sourceId, String targetId, String by) {
        merges.markMerged(sourceId, targetId, by);
    }

    boolean completeMerge(String sourceId) {
        return merges.completeMerge(sourceId);
    }

    Escalation split(String id, List<String> callIds, String by) {
        return splits.split(id, callIds, by);
    }

    Escalation reassign(String id, String unitCode, String reason, String by) {
        return reassignments.reassign(id, unitCode, reason, by);
    }

    /** Finishes merges and splits a crash left half done (older than {@code before}, to stay out of live requests). */
    int resumePending(Instant before) {
        int resumed = 0;
        for (Escalation source : store.withMergePending(200)) {
            if (source.lastTime("MERGED_INTO").isBefore(before)) {
                merges.completeMerge(source.id());
                resumed++;
            }
        }
        for (Escalation source : store.withSplitPending(200)) {
            for (SplitIntent intent : source.splits()) {
                if (!intent.applied() && intent.at().isBefore(before)) {
                    splits.completeSplit(source.id(), intent);
                    resumed++;
                }
            }
        }
        if (resumed > 0) {
            log.warn("finished {} merge/split step(s) left half done", resumed);
        }
        return resumed;
    }
}
