package vn.hotline1022.contracts.text;

/**
 * A value refused, naming the request field to blame and a message code of the bundle with its arguments: the code
 * knows no language, the web layer writes the text in the client's. {@link #getMessage()} is the Vietnamese text,
 * for logs and dead letters. Shared so the gateway (webflux) and the services (servlet) refuse a value alike.
 */
public class FieldValueException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] args;

    public FieldValueException(String field, String messageCode, Object... args) {
        super(Messages.vietnamese(messageCode, args));
        this.field = field;
        this.messageCode = messageCode;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The text in the client's language; the Vietnamese one when the bundle lacks the code. */
    public String text(boolean english) {
        String text = Messages.text(messageCode, english, args);
        return text != null ? text : getMessage();
    }
}
