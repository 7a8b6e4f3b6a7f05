package vn.hotline1022.support.web;

import vn.hotline1022.contracts.text.CodedException;

/**
 * The base of every error a service answers on purpose: an HTTP status, a stable problem code (clients key on it)
 * and a message code with its arguments, whose Vietnamese and English texts live in the message bundle
 * ({@link ProblemMessages}); the answer's language follows {@code Accept-Language}. {@link #getMessage()} is the
 * Vietnamese text, for logs.
 */
public class ApiException extends CodedException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String messageCode, Object... args) {
        super(messageCode, args);
        this.status = status;
        this.code = code;
    }

    /**
     * The error a {@code ResponseStatusException} gave: same problem code as before ({@code not-found},
     * {@code forbidden}, otherwise {@code status-<n>}), now with a text from the bundle.
     */
    public static ApiException ofStatus(int status, String messageCode, Object... args) {
        String code = status == 404 ? "not-found" : status == 403 ? "forbidden" : "status-" + status;
        return new ApiException(status, code, messageCode, args);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The text for the client, in its language; the problem code's generic text if the bundle lacks the code. */
    @Override
    public String text(boolean english) {
        String text = ProblemMessages.text(messageCode(), english, args());
        return text != null ? text : ProblemMessages.text(code, english);
    }

}
