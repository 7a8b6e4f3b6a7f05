package vn.hotline1022.intake.call.domain;

/** A call is closed once; a second close is a conflict, never a second event. */
public class CallAlreadyClosedException extends RuntimeException {

    private final String callId;

    public CallAlreadyClosedException(String callId) {
        super(vn.hotline1022.contracts.text.Messages.vietnamese("intake.call.already-closed", callId));
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }
}
