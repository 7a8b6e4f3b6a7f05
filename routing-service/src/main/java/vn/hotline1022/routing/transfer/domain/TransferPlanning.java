package vn.hotline1022.routing.transfer.domain;

import vn.hotline1022.contracts.text.Messages;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.rules.domain.RouteDecision;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a route decision into a plan: the numbers of the first transferable unit in strategy order, then those of
 * the rule's next units as fall-backs, skipping (and saying so) cooling, closed and not-yet-provided numbers.
 */
public final class TransferPlanning {

    private TransferPlanning() {
    }

    public static TransferPlan plan(RouteDecision decision, Map<String, NumberHealth> health,
                                    Map<String, Long> rotations, Instant now, LocalTime localTime) {
        if (!decision.resolved()) {
            return new TransferPlan(TransferPlan.Status.NO_UNIT, null, decision.reason(), List.of(), List.of(), List.of());
        }
        Unit primary = decision.primary();
        if (decision.knowledgeBaseOnly() || !primary.transferable()) {
            String why = primary.notTransferableReason() != null ? primary.notTransferableReason() : decision.reason();
            return new TransferPlan(TransferPlan.Status.NOT_TRANSFERABLE, primary, why, List.of(), List.of(), List.of());
        }
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> cooling = new ArrayList<>();
        List<TransferPlan.Skipped> skipped = new ArrayList<>();
        Unit chosen = null;
        for (Unit unit : decision.units()) {
            if (!unit.transferable()) {
                skipped.add(new TransferPlan.Skipped(unit.code(), Messages.vietnamese("routing.plan.not-transferable", unit.notTransferableReason())));
                continue;
            }
            CandidateOrdering.Result r = CandidateOrdering.order(unit, health, rotations.getOrDefault(unit.code(), 0L),
                    now, localTime);
            candidates.addAll(r.candidates());
            cooling.addAll(r.cooling());
            if (r.candidates().isEmpty()) {
                skipped.add(new TransferPlan.Skipped(unit.code(), whyNone(unit, r)));
            } else if (chosen == null) {
                chosen = unit;
            }
        }
        if (chosen == null) {
            return new TransferPlan(TransferPlan.Status.NO_NUMBER_AVAILABLE, primary,
                    Messages.vietnamese("routing.plan.no-number", decision.reason()),
                    List.of(), cooling, skipped);
        }
        return new TransferPlan(TransferPlan.Status.READY, chosen, decision.reason(), candidates, cooling, skipped);
    }

    private static String whyNone(Unit unit, CandidateOrdering.Result r) {
        if (unit.dialableHotlines().isEmpty()) {
            return Messages.vietnamese(unit.hotlines().isEmpty() ? "routing.plan.no-hotline" : "routing.plan.hotline-to-come");
        }
        if (!r.cooling().isEmpty()) {
            return Messages.vietnamese("routing.plan.all-cooling");
        }
        return Messages.vietnamese("routing.plan.out-of-hours");
    }
}
