package vn.hotline1022.reporting.transfers;

/** One number dialled during a transfer; the number is masked, as the event carried it. */
public record Dial(String unitCode, String number, String outcome) {
}
