package vn.hotline1022.gateway.auth;

import vn.hotline1022.access.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Production starts without demo users, so someone must be able to log in the first time: when no ADMIN exists and
 * HOTLINE_BOOTSTRAP_ADMIN_USERNAME / HOTLINE_BOOTSTRAP_ADMIN_PASSWORD are set (from a Secret), that admin is
 * created once. Later starts change nothing, so the variables can stay in the deployment.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;

    FirstAdmin(UserStore users, PasswordEncoder passwords,
               @Value("${hotline.security.bootstrap-admin.username:}") String username,
               @Value("${hotline.security.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (needed(users.list(), username, password)) {
            users.insert(new UserAccount(username.trim(), "Quản trị hệ thống", passwords.encode(password),
                    Set.of(Role.ADMIN), null, true, false, Instant.now()));
            log.info("bootstrap admin '{}' created; change its password after the first login", username.trim());
        }
    }

    static boolean needed(List<UserAccount> existing, String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return false;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("hotline.security.bootstrap-admin.password must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        return existing.stream().noneMatch(u -> u.enabled() && u.roles().contains(Role.ADMIN));
    }
}
