package vn.hotline1022.intake.infra.security;

/** The user is known but their role does not allow this; answered as 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
