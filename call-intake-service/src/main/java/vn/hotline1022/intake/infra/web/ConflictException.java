package vn.hotline1022.intake.infra.web;

/** The request contradicts the current state; answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
