package vn.hotline1022.routing.rules;

import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.time.Instant;

/** One saved version of a rule: when, by whom (or "seed"), and the rule as then saved. */
record RuleVersion(Instant at, String by, RoutingRule after) {
}
