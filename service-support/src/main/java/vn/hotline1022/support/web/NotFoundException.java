package vn.hotline1022.support.web;

/** Nothing with that id, or nothing the caller may see (the two look the same from outside). */
public class NotFoundException extends ApiException {

    /** @param messageCode a code of the message bundle */
    public NotFoundException(String messageCode, Object... args) {
        super(404, "not-found", messageCode, args);
    }
}
