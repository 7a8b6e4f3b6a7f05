package vn.hotline1022.intake.call.domain;

import vn.hotline1022.contracts.text.CodedException;

/** No call with that id (or none the caller may see); the web layer words it from the message bundle. */
public class CallNotFoundException extends CodedException {

    public CallNotFoundException(String callId) {
        super("intake.call.not-found", callId);
    }
}
