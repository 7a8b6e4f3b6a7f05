package vn.hotline1022.routing.infra;

import vn.hotline1022.contracts.text.Messages;

/**
 * A record that can never be processed (malformed, or not acceptable, e.g. an answer from the wrong unit).
 * Not retried: it goes straight to {@code <topic>.DLT} with the message as the {@code hotline-dlt-reason} header,
 * worded by a code of the message bundle (the Vietnamese text; {@link #text} gives the English one).
 */
public class RejectedMessageException extends IllegalArgumentException {

    private final String messageCode;
    private final transient Object[] args;

    public RejectedMessageException(String messageCode, Object... args) {
        super(Messages.vietnamese(messageCode, args));
        this.messageCode = messageCode;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public String text(boolean english) {
        String text = Messages.text(messageCode, english, args);
        return text != null ? text : getMessage();
    }
}
