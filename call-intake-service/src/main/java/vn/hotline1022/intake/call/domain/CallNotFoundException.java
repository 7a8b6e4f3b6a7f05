package vn.hotline1022.intake.call.domain;

public class CallNotFoundException extends RuntimeException {

    public CallNotFoundException(String callId) {
        super("Không tìm thấy cuộc gọi " + callId);
    }
}
