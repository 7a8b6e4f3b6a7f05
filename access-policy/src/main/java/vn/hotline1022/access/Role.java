package vn.hotline1022.access;

/** Who may do what is decided by these five roles ({@link AccessRules} is the table; docs/security.md shows it). */
public enum Role {
    OPERATOR, SUPERVISOR, UNIT, OPS, ADMIN;

    /** Unknown names (a claim from another issuer) are not roles here; they grant nothing. */
    public static java.util.Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
