package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.Escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Listing escalations and the operators' callback list. */
@Component
@RequiredArgsConstructor
class EscalationQueries {

    private final EscalationStore store;
    private final Clock clock;

    List<Escalation> list(String unit, String status, Instant from, Instant to, int limit) {
        return store.list(unit, status, from, to, limit);
    }
}
