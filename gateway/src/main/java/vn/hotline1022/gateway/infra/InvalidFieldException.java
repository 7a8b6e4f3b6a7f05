package vn.hotline1022.gateway.infra;

/** A request value that is wrong; the message is shown to the user next to {@link #field()}. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
