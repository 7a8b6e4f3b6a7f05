package vn.hotline1022.routing.rules.domain;

import vn.hotline1022.contracts.text.Messages;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.directory.domain.UnitKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the rules to the directory. Targets naming units that do not exist (e.g. {@code UBND_{locality}} for a
 * caller from another province) are skipped, and when nothing is left the next less specific rule is tried, so
 * a question is never left without a unit while the catch-all rule names one.
 */
public final class RouteResolver {

    private RouteResolver() {
    }

    public static RouteDecision resolve(List<RoutingRule> rules, Map<String, Unit> directory, String topic,
                                        String locality) {
        List<RoutingRule> candidates = rules.stream().filter(r -> r.matches(topic, locality))
                .sorted(Comparator.comparingInt(RoutingRule::specificity).reversed()).toList();
        for (RoutingRule rule : candidates) {
            List<Unit> units = targets(rule, directory, locality);
            if (!units.isEmpty()) {
                return new RouteDecision(rule.id(), units, rule.knowledgeBaseOnly(), explain(rule, units));
            }
        }
        return new RouteDecision(null, List.of(), false, Messages.vietnamese("routing.route.no-rule"));
    }

    static List<Unit> targets(RoutingRule rule, Map<String, Unit> directory, String locality) {
        Map<String, Unit> found = new LinkedHashMap<>();
        for (String target : rule.targets()) {
            if (target.startsWith("@")) {
                Optional<UnitKind> kind = kind(target.substring(1));
                directory.values().stream()
                        .filter(u -> kind.isPresent() && u.kind() == kind.get() && u.covers(locality))
                        .sorted(Comparator.comparing(Unit::code))
                        .forEach(u -> found.putIfAbsent(u.code(), u));
            } else {
                Unit unit = directory.get(target.replace("{locality}", String.valueOf(locality)));
                if (unit != null) {
                    found.putIfAbsent(unit.code(), unit);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Optional<UnitKind> kind(String name) {
        try {
            return Optional.of(UnitKind.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String explain(RoutingRule rule, List<Unit> units) {
        String names = String.join(", ", units.stream().map(Unit::name).toList());
        String basis = rule.reason() == null || rule.reason().isBlank() ? "" : rule.reason() + ". ";
        // names, not codes: the rule's own id ("HEALTH_STATUS:*") stays in the directory screens, not in the operator's reason
        return basis + Messages.vietnamese("routing.route.responsible", names);
    }
}
