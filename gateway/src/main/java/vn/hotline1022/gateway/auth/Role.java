package vn.hotline1022.gateway.auth;

/** Who may do what is decided by these five roles (docs/security.md has the matrix). */
public enum Role {
    OPERATOR, SUPERVISOR, UNIT, OPS, ADMIN
}
