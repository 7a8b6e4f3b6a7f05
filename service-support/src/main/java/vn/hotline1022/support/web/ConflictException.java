package vn.hotline1022.support.web;

/** The request is valid but the state it meets does not allow it (already closed, already answered). */
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(409, "conflict", message);
    }
}
