package vn.hotline1022.routing.rules;

import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.util.Date;
import java.util.List;

/**
 * One saved version of a routing rule: when, by whom, and the rule as then saved. The time stays a {@link Date}:
 * that is how it is stored and always went out, with milliseconds.
 */
record RuleHistoryView(Date at, String by, RuleSnapshot after) {

    record RuleSnapshot(String topic, String locality, List<String> targets, boolean knowledgeBaseOnly, String reason) {
    }

    static RuleHistoryView of(RuleVersion v) {
        RoutingRule a = v.after();
        return new RuleHistoryView(Date.from(v.at()), v.by(), new RuleSnapshot(a.topic(), a.locality(), a.targets(),
                a.knowledgeBaseOnly(), a.reason()));
    }
}
