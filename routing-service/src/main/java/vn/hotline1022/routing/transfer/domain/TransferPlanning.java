package vn.hotline1022.routing.transfer.domain;

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
                skipped.add(new TransferPlan.Skipped(unit.code(), "Không nhận chuyển cuộc gọi: " + unit.notTransferableReason()));
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
                    decision.reason() + ". Hiện không có số nào gọi được; đề nghị chuyển kiến nghị lên đơn vị",
                    List.of(), cooling, skipped);
        }
        return new TransferPlan(TransferPlan.Status.READY, chosen, decision.reason(), candidates, cooling, skipped);
    }

    private static String whyNone(Unit unit, CandidateOrdering.Result r) {
        if (unit.dialableHotlines().isEmpty()) {
            return unit.hotlines().isEmpty() ? "Chưa có số đường dây nóng"
                    : "Chưa có số đường dây nóng (đang chờ đơn vị bổ sung theo Công văn 836)";
        }
        if (!r.cooling().isEmpty()) {
            return "Mọi số đang tạm nghỉ sau nhiều lần gọi không được";
        }
        return "Ngoài giờ trực của mọi số";
    }
}
