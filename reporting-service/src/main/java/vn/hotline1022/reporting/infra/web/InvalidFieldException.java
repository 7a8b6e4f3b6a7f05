package vn.hotline1022.reporting.infra.web;

/** A request value that is well-formed JSON but not acceptable; answered as 400 naming the field. */
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
