package vn.hotline1022.gateway.auth;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** With the {@code prod} profile the gateway refuses to start on demo users, demo seeding or the local JWT secret. */
@Component
@Profile("prod")
@RequiredArgsConstructor
class ProductionGuard implements SmartInitializingSingleton {

    private final UserStore users;
    private final AuthProperties properties;

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.seedDemoUsers()) {
            throw new IllegalStateException("prod profile: set HOTLINE_SEED_DEMO_USERS=false");
        }
        if (properties.jwtSecret().startsWith(AuthProperties.LOCAL_SECRET_PREFIX)) {
            throw new IllegalStateException("prod profile: set HOTLINE_JWT_SECRET (the local default is public)");
        }
        long demo = users.countDemo();
        if (demo > 0) {
            throw new IllegalStateException("prod profile: " + demo
                    + " demo users (password demo1022) still exist; delete them or change their passwords first");
        }
    }
}
