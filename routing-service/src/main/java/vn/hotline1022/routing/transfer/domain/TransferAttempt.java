package vn.hotline1022.routing.transfer.domain;

import java.time.Instant;

/** One number dialled: {@code ctiCallId} is the switchboard call that reported it, null for the operator's button. */
public record TransferAttempt(int n, String number, String unitCode, String outcome, String by, Instant at,
                              String ctiCallId) {
}
