package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.SplitIntent;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The split saga of {@link EscalationSupervision}: calls pulled with the new id chosen up front, then inserted. */
@Component
@RequiredArgsConstructor
class EscalationSplits {

    private final EscalationStore store;
    private final EscalationMoveStore moves;
    private final Escalations escalations;
    private final Clock clock;

    /** Moves the given calls into a new escalation of the same unit (published to the unit like any other). */
    Escalation split(String id, List<String> callIds, String by) {
        Escalation e = store.require(id);
        Set<String> wanted = Set.copyOf(callIds);
        Optional<SplitIntent> earlier = e.splits().stream()
                .filter(s -> Set.copyOf(s.callIds()).equals(wanted)).findFirst();
        if (earlier.isPresent()) {
            return completeSplit(id, earlier.get());
        }
        if (!e.stillOpen()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.status().name());
        }
        List<EscalatedCall> moving = e.calls().stream().filter(c -> wanted.contains(c.callId())).toList();
        if (moving.stream().map(EscalatedCall::callId).distinct().count() != wanted.size()) {
            throw new InvalidFieldException("callIds", "routing.escalation.split.foreign-call");
        }
        if (moving.size() == e.calls().size()) {
            throw new InvalidFieldException("callIds", "routing.escalation.split.keep-one");
        }
        Instant now = clock.instant();
        SplitIntent intent = new SplitIntent(UUID.randomUUID().toString(), callIds, moving, by, now, false);
        if (!moves.splitOff(e, intent, now)) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.reload");
        }
        return completeSplit(id, intent);
    }

    /** Steps 2 and 3 of a split: the new escalation under its pre-chosen id, then the intent marked applied. */
    Escalation completeSplit(String sourceId, SplitIntent intent) {
        Escalation source = store.find(sourceId).orElseThrow();
        List<EscalatedCall> moving = intent.calls();
        escalations.create(intent.into(), source.unitCode(), source.topic(), source.locality(),
                moving.get(0).question(), moving, "SPLIT_FROM " + sourceId);
        moves.splitApplied(sourceId, intent.into());
        return store.find(intent.into()).orElseThrow();
    }
}
