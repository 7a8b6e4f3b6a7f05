package vn.hotline1022.gateway.infra;

import vn.hotline1022.contracts.text.Messages;

/**
 * A request value that is wrong; the message, a code of the message bundle, is shown to the user next to
 * {@link #field()} in the client's language. {@link #getMessage()} is the Vietnamese text, for logs.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient Object[] args;

    public InvalidFieldException(String field, String messageCode, Object... args) {
        super(Messages.vietnamese(messageCode, args));
        this.field = field;
        this.messageCode = messageCode;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }

    public String text(boolean english) {
        String text = Messages.text(messageCode, english, args);
        return text != null ? text : getMessage();
    }
}
