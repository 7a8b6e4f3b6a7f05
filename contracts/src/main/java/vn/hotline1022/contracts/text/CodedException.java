package vn.hotline1022.contracts.text;

/**
 * An error worded by a message code of the bundle and its arguments, never by a text: the code knows no language and
 * the web layer writes it in the client's. {@link #getMessage()} is the Vietnamese text, for logs and dead letters.
 */
public class CodedException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] args;

    public CodedException(String messageCode, Object... args) {
        super(Messages.vietnamese(messageCode, args));
        this.messageCode = messageCode;
        this.args = args == null ? new Object[0] : args.clone();
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
