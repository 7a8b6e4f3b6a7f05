package vn.hotline1022.gateway.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

@ConfigurationProperties("hotline.security")
public record AuthProperties(String jwtSecret, String issuer, Duration accessTokenTtl, Duration refreshTokenTtl,
                             boolean seedDemoUsers, List<String> metricsNetworks, List<String> demoUnits) {

    /** The value shipped in application.yml for the local stack; the prod profile refuses to run with it. */
    public static final String LOCAL_SECRET_PREFIX = "local-dev-only-";

    public AuthProperties {
        metricsNetworks = metricsNetworks == null ? List.of() : List.copyOf(metricsNetworks);
        demoUnits = demoUnits == null ? List.of() : List.copyOf(demoUnits);
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofHours(12) : refreshTokenTtl;
    }
}
