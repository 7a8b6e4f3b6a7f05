package vn.hotline1022.routing.transfer;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.directory.domain.FailoverStrategy;
import vn.hotline1022.routing.directory.domain.Hotline;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.rules.RoutingRules;
import vn.hotline1022.routing.rules.domain.RouteDecision;
import vn.hotline1022.routing.transfer.domain.TransferPlan;
import vn.hotline1022.routing.transfer.domain.TransferPlanning;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers what the pure planning needs: the route (rules and directory: in memory, refreshed on edit and every
 * 15 s), the numbers' health (in memory, see {@link HealthStore#cached}) and round-robin positions (one atomic
 * increment in MongoDB, only for round-robin units with several numbers).
 */
@Component
@RequiredArgsConstructor
class TransferPlanner {

    private final RoutingRules rules;
    private final HealthStore health;
    private final RotationStore rotation;
    private final TransferProperties properties;

    TransferPlan plan(String topic, String locality, Instant now) {
        RouteDecision decision = rules.route(topic, locality);
        List<Unit> transferable = decision.knowledgeBaseOnly() ? List.of()
                : decision.units().stream().filter(Unit::transferable).toList();
        List<String> numbers = transferable.stream().flatMap(u -> u.dialableHotlines().stream())
                .map(Hotline::number).toList();
        Map<String, Long> rotations = new HashMap<>();
        transferable.stream().filter(u -> u.strategy() == FailoverStrategy.ROUND_ROBIN)
                .filter(u -> u.dialableHotlines().size() > 1)
                .forEach(u -> rotations.put(u.code(), rotation.next(u.code())));
        return TransferPlanning.plan(decision, health.cached(numbers), rotations, now,
                now.atZone(properties.zone()).toLocalTime());
    }
}
