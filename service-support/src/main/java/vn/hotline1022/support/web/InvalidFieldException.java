package vn.hotline1022.support.web;

/** A value the client sent is wrong; the problem names the field so the console can mark it. */
public class InvalidFieldException extends ApiException {

    private final String field;

    /** @param messageCode a code of the message bundle, e.g. {@code routing.unit.code-format} */
    public InvalidFieldException(String field, String messageCode, Object... args) {
        super(400, "invalid-field", messageCode, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
