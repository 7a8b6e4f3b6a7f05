package vn.hotline1022.intake.infra.security;

import java.util.Set;

/**
 * Role rules of intake, on top of the JWT every /api/** request must carry (ServiceSecurity); a UNIT user never
 * sees callers.
 */
public final class Access {

    private static final Set<String> SUPERVISORS = Set.of("SUPERVISOR", "ADMIN", "OPS");

    private Access() {
    }

    public static boolean isSupervisor(CurrentUser user) {
        return user.roles().stream().anyMatch(SUPERVISORS::contains);
    }

    public static void requireCallAccess(CurrentUser user) {
        boolean unitOnly = user.hasRole("UNIT") && !user.hasRole("OPERATOR") && !isSupervisor(user);
        if (unitOnly) {
            throw new ForbiddenException("Tài khoản đơn vị không được xem thông tin người gọi");
        }
    }

    public static void requireSupervisor(CurrentUser user) {
        if (!isSupervisor(user)) {
            throw new ForbiddenException("Chỉ giám sát viên được thực hiện thao tác này");
        }
    }
}
