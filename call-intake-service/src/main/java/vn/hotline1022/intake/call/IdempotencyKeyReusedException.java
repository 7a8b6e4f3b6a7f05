package vn.hotline1022.intake.call;

/** The same Idempotency-Key came back with a different request: a client bug, answered as 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super(vn.hotline1022.contracts.text.Messages.vietnamese("intake.idempotency-key.reused"));
    }
}
