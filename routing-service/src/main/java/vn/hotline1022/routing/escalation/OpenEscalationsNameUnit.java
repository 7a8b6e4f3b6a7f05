package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.UnitInUse;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;

import java.util.Optional;

/**
 * A unit with questions still waiting for its answer cannot leave service (they would never be answered), nor can
 * the unit that takes every question no rule names (the fallback).
 */
@Component
@RequiredArgsConstructor
class OpenEscalationsNameUnit implements UnitInUse {

    private final EscalationQueries queries;
    private final EscalationProperties properties;

    @Override
    public Optional<Reason> whyInUse(String unitCode) {
        if (unitCode.equals(properties.fallbackUnit())) {
            return Optional.of(new Reason("routing.unit.retire.fallback"));
        }
        int open = queries.list(unitCode, EscalationStatus.OPEN.name(), null, null, 10_000).size();
        return open == 0 ? Optional.empty() : Optional.of(new Reason("routing.unit.retire.open-escalations", open));
    }
}
