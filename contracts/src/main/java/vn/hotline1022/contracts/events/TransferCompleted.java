package vn.hotline1022.contracts.events;

/** A transfer ended: connected to the unit, or every candidate number failed. */
public record TransferCompleted(String transferId, String callId, String unitCode, boolean connected, int attempts) {
}
