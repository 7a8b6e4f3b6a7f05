package vn.hotline1022.routing.rules.domain;

import vn.hotline1022.routing.directory.domain.Unit;

import java.util.List;

/** Which units answer for this topic and locality, in order, and why (shown to the operator). */
public record RouteDecision(String ruleId, List<Unit> units, boolean knowledgeBaseOnly, String reason) {

    public RouteDecision {
        units = List.copyOf(units);
    }

    public boolean resolved() {
        return !units.isEmpty();
    }

    public Unit primary() {
        return units.isEmpty() ? null : units.get(0);
    }
}
