package vn.hotline1022.support.web;

/** A value the client sent is wrong; the problem names the field so the console can mark it. */
public class InvalidFieldException extends ApiException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(400, "invalid-field", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
