package vn.hotline1022.gateway.auth;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.access.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Local default: operator1, supervisor1, ops1, admin1 and unit-&lt;UNITCODE&gt; per unit, password demo1022, marked
 * {@code demo: true} (the prod profile refuses to start while any exist). Existing users are left alone.
 */
@Component
@ConditionalOnProperty(name = "hotline.security.seed-demo-users", havingValue = "true")
@RequiredArgsConstructor
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo1022";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AuthProperties properties;

    @Override
    public void run(ApplicationArguments args) {
        String hash = passwords.encode(PASSWORD); // once: BCrypt is slow on purpose
        List<UserAccount> demo = new ArrayList<>(List.of(
                user("operator1", "Điện thoại viên 1", Role.OPERATOR, null, hash),
                user("supervisor1", "Giám sát viên 1", Role.SUPERVISOR, null, hash),
                user("ops1", "Vận hành 1", Role.OPS, null, hash),
                user("admin1", "Quản trị 1", Role.ADMIN, null, hash)));
        // "CODE=Name" (a bare CODE still works): the unit's people see their unit's name, never its code
        properties.demoUnits().stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(entry -> {
            int eq = entry.indexOf('=');
            String code = eq < 0 ? entry : entry.substring(0, eq).trim();
            String name = eq < 0 ? "Đơn vị " + code : entry.substring(eq + 1).trim();
            demo.add(user("unit-" + code, name, Role.UNIT, code, hash));
        });
        long created = demo.stream().filter(users::insert).count();
        log.info("demo users: {} created, {} already there (password {})", created, demo.size() - created, PASSWORD);
    }

    private static UserAccount user(String username, String name, Role role, String unit, String hash) {
        return new UserAccount(username, name, hash, Set.of(role), unit, true, true, Instant.now());
    }
}
