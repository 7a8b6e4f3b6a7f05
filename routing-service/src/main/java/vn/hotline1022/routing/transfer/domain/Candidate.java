package vn.hotline1022.routing.transfer.domain;

/** A number the operator may dial, in plan order. */
public record Candidate(String unitCode, String number, String label, String lineType, int priority) {
}
