package vn.hotline1022.contracts.text;

/**
 * A value refused, naming the request field to blame. Shared so the gateway (webflux) and the services (servlet)
 * refuse a value alike.
 */
public class FieldValueException extends CodedException {

    private final String field;

    public FieldValueException(String field, String messageCode, Object... args) {
        super(messageCode, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
