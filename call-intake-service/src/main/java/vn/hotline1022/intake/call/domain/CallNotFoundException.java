package vn.hotline1022.intake.call.domain;

/** No call with that id (or none the caller may see); the web layer words it from the message bundle. */
public class CallNotFoundException extends RuntimeException {

    private final String callId;

    public CallNotFoundException(String callId) {
        super(vn.hotline1022.contracts.text.Messages.vietnamese("intake.call.not-found", callId));
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }
}
