package vn.hotline1022.contracts.events;

/**
 * A transfer ended: connected to the unit, or every candidate number failed; and, additively in v1, once more when
 * the operator then escalated the question in writing: {@code escalationId} names the escalation the call now belongs
 * to, so intake closes the call as ESCALATED (one writer: the console no longer closes it itself). Null otherwise.
 */
public record TransferCompleted(String transferId, String callId, String unitCode, boolean connected, int attempts,
                                String escalationId) {

    public TransferCompleted(String transferId, String callId, String unitCode, boolean connected, int attempts) {
        this(transferId, callId, unitCode, connected, attempts, null);
    }
}
