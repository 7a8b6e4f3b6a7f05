package vn.hotline1022.intake.call.domain;

import vn.hotline1022.contracts.text.CodedException;

/** A call is closed once; a second close is a conflict, never a second event. */
public class CallAlreadyClosedException extends CodedException {

    public CallAlreadyClosedException(String callId) {
        super("intake.call.already-closed", callId);
    }
}
