package vn.hotline1022.gateway.auth;

import java.util.List;

/** A user as the API shows it: never the password hash. */
public record UserView(String username, String displayName, List<String> roles, String unitCode, boolean enabled,
                       boolean demo, boolean mustChangePassword) {

    static UserView of(UserAccount u) {
        return new UserView(u.username(), u.displayName(), u.roles().stream().map(Enum::name).sorted().toList(),
                u.unitCode(), u.enabled(), u.demo(), u.mustChangePassword());
    }
}
