package vn.hotline1022.intake.domain;

import vn.hotline1022.contracts.text.Messages;

/**
 * A value the domain refuses; {@code field} is the request field to blame, so the API can name it. The domain knows
 * no language: it names a message code of the bundle ({@code hotline/messages_vi/en.properties}) and its arguments,
 * and the web layer writes the text in the client's language. {@link #getMessage()} is the Vietnamese text, for
 * logs and dead letters as before.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] args;

    public InvalidValueException(String field, String messageCode, Object... args) {
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
}
