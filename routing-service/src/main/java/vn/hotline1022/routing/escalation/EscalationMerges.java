package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The merge saga of {@link EscalationSupervision}: intent on the source, guarded push into the target, intent cleared. */
@Component
@RequiredArgsConstructor
class EscalationMerges {

    private final EscalationStore store;
    private final EscalationMoveStore moves;
    private final Clock clock;

    Escalation merge(String targetId, List<String> sourceIds, String by) {
        Escalation target = store.require(targetId);
        boolean retryOfDone = true;
        for (int i = 0; i < sourceIds.size(); i++) {
            String field = "sourceIds[" + i + "]";
            String sourceId = sourceIds.get(i);
            if (targetId.equals(sourceId)) {
                throw new InvalidFieldException(field, "routing.escalation.merge.self");
            }
            Escalation source = store.find(sourceId)
                    .orElseThrow(() -> new InvalidFieldException(field, "routing.escalation.not-found", sourceId));
            boolean alreadyInto = source.status() == EscalationStatus.MERGED && targetId.equals(source.mergedInto());
            if (!alreadyInto && !source.stillOpen()) {
                throw new InvalidFieldException(field, "routing.escalation.not-open", source.status().name());
            }
            if (!source.unitCode().equals(target.unitCode())) {
                throw new InvalidFieldException(field, "routing.escalation.merge.same-unit");
            }
            retryOfDone &= alreadyInto && target.mergedFrom().contains(sourceId);
        }
        if (retryOfDone) {
            return target;
        }
        if (!target.stillOpen()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", target.status().name());
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
        moves.markMerged(sourceId, targetId, by, clock.instant());
    }

    /**
     * Steps 2 and 3 of a merge for a source marked MERGED. Returns false when the target was closed meanwhile and
     * the source was reopened instead.
     */
    boolean completeMerge(String sourceId) {
        for (int retry = 0; retry < 5; retry++) {
            Escalation source = store.find(sourceId).orElseThrow();
            if (source.status() != EscalationStatus.MERGED) {
                return false;
            }
            Escalation target = store.find(source.mergedInto()).orElseThrow();
            if (target.mergedFrom().contains(sourceId)) {
                moves.mergeDone(sourceId);
                return true;
            }
            if (!target.stillOpen()) {
                moves.abortMerge(sourceId, target.id(), target.status(), clock.instant());
                return false;
            }
            Set<String> present = target.calls().stream().map(EscalatedCall::source).collect(Collectors.toSet());
            List<EscalatedCall> moving = source.calls().stream().filter(c -> !present.contains(c.source())).toList();
            if (moves.mergeInto(target, source, moving, clock.instant())) {
                moves.mergeDone(sourceId);
                return true;
            }
        }
        throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.retry");
    }
}
