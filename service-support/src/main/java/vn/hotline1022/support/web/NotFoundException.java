package vn.hotline1022.support.web;

/** Nothing with that id, or nothing the caller may see (the two look the same from outside). */
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(404, "not-found", message);
    }
}
