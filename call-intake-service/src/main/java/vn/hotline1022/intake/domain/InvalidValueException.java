package vn.hotline1022.intake.domain;

/** A value the domain refuses; {@code field} is the request field to blame, so the API can name it. */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
