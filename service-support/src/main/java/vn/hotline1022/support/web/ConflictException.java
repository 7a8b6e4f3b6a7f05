package vn.hotline1022.support.web;

/** The request is valid but the state it meets does not allow it (already closed, already answered). */
public class ConflictException extends ApiException {

    /** @param messageCode a code of the message bundle */
    public ConflictException(String messageCode, Object... args) {
        super(409, "conflict", messageCode, args);
    }
}
