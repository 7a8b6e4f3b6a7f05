package vn.hotline1022.contracts.events;

/** One dial of one hotline number; the number is masked (middle digits hidden). */
public record TransferAttempted(String transferId, String callId, String unitCode, String maskedNumber,
                                String outcome, int attempt) {
}
