package vn.hotline1022.gateway.infra;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.hotline1022.contracts.text.Messages;

/** Nothing with that id; the detail is a code of the message bundle, answered in the client's language. */
public class NotFoundException extends ResponseStatusException {

    private final String messageCode;
    private final transient Object[] args;

    public NotFoundException(String messageCode, Object... args) {
        super(HttpStatus.NOT_FOUND, Messages.vietnamese(messageCode, args));
        this.messageCode = messageCode;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String text(boolean english) {
        String text = Messages.text(messageCode, english, args);
        return text != null ? text : getReason();
    }
}
