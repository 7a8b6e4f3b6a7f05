package vn.hotline1022.testsupport;

import vn.hotline1022.access.Role;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's demo users (seeded locally, password {@code demo1022}), one per role, as the route and service
 * authorization matrices walk them; the unit user belongs to UBND_LA_GI.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "demo1022";
    /** In the order of the roles' reach, so a matrix reads from the desk up. */
    public static final Map<Role, String> BY_ROLE;

    static {
        Map<Role, String> users = new LinkedHashMap<>();
        users.put(Role.OPERATOR, "operator1");
        users.put(Role.SUPERVISOR, "supervisor1");
        users.put(Role.UNIT, "unit-UBND_LA_GI");
        users.put(Role.OPS, "ops1");
        users.put(Role.ADMIN, "admin1");
        BY_ROLE = Collections.unmodifiableMap(users);
    }

    private DemoAccounts() {
    }
}
