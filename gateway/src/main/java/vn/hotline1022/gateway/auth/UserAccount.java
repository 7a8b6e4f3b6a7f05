package vn.hotline1022.gateway.auth;

import vn.hotline1022.access.Role;

import java.time.Instant;
import java.util.Set;

/** A login. A UNIT user is bound to exactly one unit code and sees only that unit's escalations. */
public record UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, String unitCode,
                          boolean enabled, boolean demo, Instant createdAt, boolean mustChangePassword) {

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, String unitCode,
                       boolean enabled, boolean demo, Instant createdAt) {
        this(username, displayName, passwordHash, roles, unitCode, enabled, demo, createdAt, false);
    }

    /** The user's own new password: it is theirs now, so nothing more to change at the next login. */
    public UserAccount withPasswordHash(String hash) {
        return new UserAccount(username, displayName, hash, roles, unitCode, enabled, false, createdAt, false);
    }
}
