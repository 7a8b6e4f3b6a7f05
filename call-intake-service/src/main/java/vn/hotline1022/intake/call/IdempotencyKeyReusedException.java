package vn.hotline1022.intake.call;

/** The same Idempotency-Key came back with a different request: a client bug, answered as 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency-Key này đã được dùng cho một cuộc gọi khác nội dung");
    }
}
