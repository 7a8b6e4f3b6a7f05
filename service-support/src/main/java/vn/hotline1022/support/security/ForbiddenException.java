package vn.hotline1022.support.security;

import vn.hotline1022.support.web.ApiException;

/** The caller is known but may not do this; leaves as 403 problem+json. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(403, "forbidden", message);
    }
}
