package vn.hotline1022.intake.call.domain;

import java.time.Instant;

/**
 * A transfer of this call that reached nobody at the unit (every number busy or unanswered). The operator kept
 * the caller; the next operator who sees the caller's history knows that line was tried.
 */
public record FailedTransfer(String transferId, String unitCode, int attempts, Instant at) {
}
