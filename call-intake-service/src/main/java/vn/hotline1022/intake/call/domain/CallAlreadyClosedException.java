package vn.hotline1022.intake.call.domain;

/** A call is closed once; a second close is a conflict, never a second event. */
public class CallAlreadyClosedException extends RuntimeException {

    public CallAlreadyClosedException(String callId) {
        super("Cuộc gọi " + callId + " đã được kết thúc trước đó");
    }
}
