package vn.hotline1022.routing.transfer.domain;

import vn.hotline1022.routing.directory.domain.Unit;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A transfer as stored: the plan made for the call, every number dialled, the units found not responsible, and the
 * escalation it was handed to when nobody could take it. {@code status} is IN_PROGRESS, CONNECTED, ALL_FAILED,
 * ESCALATED, or the plan's own status when it could not start (NO_RULE, NOT_TRANSFERABLE, …).
 */
public record Transfer(String id, String callId, String topic, String locality, String operator, Instant createdAt,
                       String status, String planStatus, String reason, List<Candidate> candidates,
                       List<Candidate> cooling, List<TransferPlan.Skipped> skipped, List<TransferAttempt> attempts,
                       Integer questionNo, String unitCode, String unitName, String alternative,
                       List<String> wrongUnits, String escalationId, String escalationQuestion, String escalationUnit,
                       Instant escalationClaimedAt) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String CONNECTED = "CONNECTED";
    public static final String ALL_FAILED = "ALL_FAILED";
    public static final String ESCALATED = "ESCALATED";

    public Transfer {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        cooling = cooling == null ? List.of() : List.copyOf(cooling);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        wrongUnits = wrongUnits == null ? List.of() : List.copyOf(wrongUnits);
    }

    /** A transfer just planned: nothing dialled yet. */
    public static Transfer planned(String id, String callId, String topic, String locality, Integer questionNo,
                                   String operator, TransferPlan plan, Instant now) {
        String status = plan.status() == TransferPlan.Status.READY ? IN_PROGRESS : plan.status().name();
        Unit unit = plan.unit();
        return new Transfer(id, callId, topic, locality, operator, now, status, plan.status().name(), plan.reason(),
                plan.candidates(), plan.cooling(), plan.skipped(), List.of(),
                questionNo != null && questionNo > 1 ? questionNo : null, unit == null ? null : unit.code(),
                unit == null ? null : unit.name(),
                unit != null && plan.status() == TransferPlan.Status.NOT_TRANSFERABLE ? unit.alternative() : null,
                List.of(), null, null, null, null);
    }

    public boolean inProgress() {
        return IN_PROGRESS.equals(status);
    }

    public Set<String> triedNumbers() {
        return attempts.stream().map(TransferAttempt::number).collect(Collectors.toSet());
    }

    /** Units an operator reached and found not responsible: the rest of their numbers are skipped. */
    public Set<String> wrongUnitSet() {
        return new LinkedHashSet<>(wrongUnits);
    }

    /** The unit the escalation names: the one claimed for it, else the plan's. */
    public String escalatedUnit() {
        return escalationUnit != null ? escalationUnit : unitCode;
    }
}
