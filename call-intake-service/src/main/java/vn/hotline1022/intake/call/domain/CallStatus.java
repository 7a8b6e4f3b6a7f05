package vn.hotline1022.intake.call.domain;

public enum CallStatus {
    OPEN, CLOSED
}
