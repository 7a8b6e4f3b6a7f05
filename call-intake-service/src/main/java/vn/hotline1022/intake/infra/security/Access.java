package vn.hotline1022.intake.infra.security;

import vn.hotline1022.access.Role;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.ForbiddenException;

/**
 * Intake's object rules on top of the shared role table (which every request has already passed): a UNIT user never
 * sees callers; an operator sees and changes only the calls they took; supervisors see all.
 */
public final class Access {

    private Access() {
    }

    public static boolean isSupervisor(CurrentUser user) {
        return user.isSupervisor();
    }

    public static void requireCallAccess(CurrentUser user) {
        if (!user.hasAny(Role.OPERATOR, Role.SUPERVISOR)) {
            throw new ForbiddenException("intake.access.caller-details");
        }
    }

    public static void requireSupervisor(CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR)) {
            throw new ForbiddenException("intake.access.supervisor-only");
        }
    }
}
