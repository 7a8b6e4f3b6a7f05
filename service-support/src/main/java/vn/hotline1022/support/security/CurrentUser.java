package vn.hotline1022.support.security;

import vn.hotline1022.access.AccessRules;
import vn.hotline1022.access.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is making the request, from a verified JWT. Controllers ask this, never a header, so the way identity is
 * established stays in one place.
 */
public record CurrentUser(String username, Set<String> roles, String unitCode) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The roles this platform knows; unknown claim values grant nothing. */
    public Set<Role> knownRoles() {
        Set<Role> known = EnumSet.noneOf(Role.class);
        roles.forEach(r -> Role.parse(r).ifPresent(known::add));
        return known;
    }

    /** Supervisors (and admins) see every operator's calls and every unit's work: the same test in every service. */
    public boolean isSupervisor() {
        return AccessRules.seesAllCalls(knownRoles());
    }

    /** Object-level rule for anything an operator owns: the owner or a supervisor. */
    public boolean owns(String owner) {
        return isSupervisor() || (owner != null && owner.equals(username));
    }
}
