package vn.hotline1022.reporting.transfers;

/** A transfer that ended, and whether it reached the unit. */
public record CompletedTransfer(String unitCode, boolean connected) {
}
