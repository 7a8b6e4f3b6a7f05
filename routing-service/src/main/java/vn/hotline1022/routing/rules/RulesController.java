package vn.hotline1022.routing.rules;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.routing.directory.domain.Locality;
import vn.hotline1022.routing.directory.domain.TopicCode;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.infra.security.Access;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;
import vn.hotline1022.routing.rules.domain.RouteDecision;
import vn.hotline1022.routing.rules.domain.RoutingRule;

import java.time.Clock;
import java.util.List;

@RestController
@RequestMapping("/api/routing")
@RequiredArgsConstructor
class RulesController {

    private final RoutingRules rules;
    private final RuleStore store;
    private final CurrentUserResolver users;
    private final Clock clock;
    private final vn.hotline1022.routing.directory.Directory directory;

    @GetMapping("/rules")
    List<RoutingRule> list() {
        return rules.all();
    }

    /** Which units a question goes to, without starting a transfer (for the console and for supervisors). */
    /**
     * Who answers this topic in this district, by name, and whether a transfer is possible at all: the call screen
     * says so before the operator presses "transfer" (Sở Y tế and CDC take written escalations only).
     */
    record RouteView(String rule, boolean knowledgeBaseOnly, String reason, List<String> units, List<String> unitNames,
                     boolean transferable, String notTransferableReason) {
    }

    @GetMapping("/route")
    RouteView route(@RequestParam String topic, @RequestParam String locality) {
        RouteDecision d = rules.route(check("topic", topic), check("locality", locality));
        Unit primary = d.resolved() ? d.primary() : null;
        boolean transferable = primary != null && !d.knowledgeBaseOnly() && primary.transferable();
        String why = transferable ? null : primary != null && primary.notTransferableReason() != null
                ? primary.notTransferableReason() : d.reason();
        return new RouteView(String.valueOf(d.ruleId()), d.knowledgeBaseOnly(), d.reason(),
                d.units().stream().map(Unit::code).toList(), d.units().stream().map(Unit::name).toList(), transferable, why);
    }

    @PutMapping("/rules/{topic}/{locality}")
    RoutingRule put(@PathVariable String topic, @PathVariable String locality, @Valid @RequestBody RuleRequest r) {
        Access.require(users.current(), Access.SUPERVISOR, Access.ADMIN);
        check("topic", topic);
        check("locality", locality);
        for (int i = 0; i < r.targets().size(); i++) {
            String t = r.targets().get(i);
            if (t == null || !RoutingRule.TARGET.matcher(t).matches()) {
                throw new InvalidFieldException("targets[" + i + "]", "routing.rule.target.format");
            }
            if (!t.startsWith("@") && !exists(t, locality)) {
                throw new InvalidFieldException("targets[" + i + "]", t.contains("{locality}")
                        ? "routing.rule.target.not-in-directory-for-locality" : "routing.rule.target.not-in-directory", t);
            }
        }
        RoutingRule rule = new RoutingRule(topic, locality, r.targets(), r.knowledgeBaseOnly(), r.reason());
        store.save(rule, users.current().username(), clock.instant());
        rules.refresh();
        return rule;
    }

    @GetMapping("/rules/{topic}/{locality}/history")
    List<RuleHistoryView> history(@PathVariable String topic, @PathVariable String locality) {
        Access.require(users.current(), Access.SUPERVISOR, Access.ADMIN);
        return store.history(topic + ":" + locality).stream().map(RuleHistoryView::of).toList();
    }

    /** A target names a unit of the directory: directly, or through {locality} for the rule's district(s). */
    private boolean exists(String target, String locality) {
        if (!target.contains("{locality}")) {
            return directory.find(target).isPresent();
        }
        if (!RoutingRule.ANY.equals(locality)) {
            return directory.find(target.replace("{locality}", locality)).isPresent();
        }
        return Locality.DISTRICTS.stream().anyMatch(d -> directory.find(target.replace("{locality}", d)).isPresent());
    }

    private static String check(String field, String value) {
        boolean ok = RoutingRule.ANY.equals(value)
                || ("topic".equals(field) ? TopicCode.isKnown(value) : Locality.isKnown(value));
        if (!ok) {
            throw new InvalidFieldException(field, "topic".equals(field) ? "routing.topic.unknown" : "routing.locality.unknown");
        }
        return value;
    }
}
