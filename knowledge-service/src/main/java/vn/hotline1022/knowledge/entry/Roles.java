package vn.hotline1022.knowledge.entry;

import vn.hotline1022.support.web.ApiException;

import org.springframework.http.HttpStatus;
import vn.hotline1022.support.security.CurrentUser;

import java.util.Arrays;

/** Role checks inside the service (the gateway checks routes first; this is the second line). */
public final class Roles {

    public static final String[] EDITORS = {"SUPERVISOR", "ADMIN"};
    public static final String[] DESK = {"OPERATOR", "SUPERVISOR", "ADMIN"};

    private Roles() {
    }

    public static CurrentUser require(CurrentUser user, String... roles) {
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            throw ApiException.ofStatus(HttpStatus.FORBIDDEN.value(), "knowledge.forbidden");
        }
        return user;
    }
}
