package vn.hotline1022.support.security;

import vn.hotline1022.support.web.ApiException;

/** The caller is known but may not do this; leaves as 403 problem+json. */
public class ForbiddenException extends ApiException {

    /** @param messageCode a code of the message bundle */
    public ForbiddenException(String messageCode, Object... args) {
        super(403, "forbidden", messageCode, args);
    }
}
