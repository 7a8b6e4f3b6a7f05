package vn.hotline1022.routing.infra.security;

import java.util.Set;

/**
 * Who is making the request. Controllers ask this, never a header directly, so the way identity is established
 * (today trusted headers from the gateway; a verified JWT once the security issue lands) stays in one place.
 */
public record CurrentUser(String username, Set<String> roles, String unitCode) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
