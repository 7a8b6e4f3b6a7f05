package vn.hotline1022.support.web;

/**
 * The base of every error a service answers on purpose: an HTTP status, a stable code (clients and the message
 * bundle key on it) and a Vietnamese message; {@code problems_en.properties} may give the English text for the code.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
