package vn.hotline1022.routing.transfer.domain;

import vn.hotline1022.routing.directory.domain.Unit;

import java.util.List;

/**
 * The answer to "where do I transfer this call": the unit, why, and the numbers in dialling order. Units of the
 * rule that cannot take the call now are listed in {@code skipped} with the reason (never dropped silently).
 */
public record TransferPlan(Status status, Unit unit, String reason, List<Candidate> candidates,
                           List<Candidate> cooling, List<Skipped> skipped) {

    public enum Status {
        /** Dial the candidates in order. */
        READY,
        /** The rule or the unit says: answer from the knowledge base, escalate in writing if needed. */
        NOT_TRANSFERABLE,
        /** Units exist but none has a number to dial now (placeholders only, all cooling or closed). */
        NO_NUMBER_AVAILABLE,
        /** No rule resolved to any unit. */
        NO_UNIT
    }

    public record Skipped(String unitCode, String reason) {
    }

    public TransferPlan {
        candidates = List.copyOf(candidates);
        cooling = List.copyOf(cooling);
        skipped = List.copyOf(skipped);
    }
}
