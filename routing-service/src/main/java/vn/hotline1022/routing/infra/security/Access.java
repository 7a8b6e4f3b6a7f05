package vn.hotline1022.routing.infra.security;

import vn.hotline1022.support.security.ForbiddenException;


import vn.hotline1022.support.security.CurrentUser;

import java.util.Arrays;

/** Role checks shared by the controllers; failures leave as 403 problem+json. */
public final class Access {

    public static final String OPERATOR = "OPERATOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String UNIT = "UNIT";
    public static final String OPS = "OPS";
    public static final String ADMIN = "ADMIN";

    private Access() {
    }

    public static void require(CurrentUser user, String... roles) {
        if (!hasAny(user, roles)) {
            throw new ForbiddenException("routing.forbidden.needs-role", String.join("/", roles));
        }
    }

    public static boolean hasAny(CurrentUser user, String... roles) {
        return Arrays.stream(roles).anyMatch(user::hasRole);
    }

    /** Supervisors and admins see and edit everything, including numbers of non-transferable units. */
    public static boolean isSupervisor(CurrentUser user) {
        return hasAny(user, SUPERVISOR, ADMIN);
    }
}
