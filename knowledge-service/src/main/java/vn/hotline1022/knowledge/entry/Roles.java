package vn.hotline1022.knowledge.entry;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
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
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này");
        }
        return user;
    }
}
