package vn.hotline1022.routing.escalation.domain;

public enum EscalationStatus {
    OPEN,
    ANSWERED,
    /** Folded into another escalation by a supervisor; its calls moved there. */
    MERGED
}
