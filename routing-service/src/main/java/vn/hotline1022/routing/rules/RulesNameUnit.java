package vn.hotline1022.routing.rules;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.UnitInUse;
import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.util.List;
import java.util.Optional;

/** A rule naming the unit would route questions to nobody once the unit left service: fix the rule first. */
@Component
@RequiredArgsConstructor
class RulesNameUnit implements UnitInUse {

    private final RoutingRules rules;

    @Override
    public Optional<Reason> whyInUse(String unitCode) {
        List<RoutingRule> naming = rules.all().stream().filter(r -> r.targets().contains(unitCode)).toList();
        return naming.isEmpty() ? Optional.empty()
                : Optional.of(new Reason("routing.unit.retire.rules", naming.size()));
    }
}
