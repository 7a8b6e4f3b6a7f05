package vn.hotline1022.gateway.auth;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Mints the short-lived access token (claims: sub, roles, unit, name) and its refresh token. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TokenService {

    private final JwtEncoder encoder;
    private final RefreshTokenStore refreshTokens;
    private final AuthProperties properties;
    private final Clock clock = Clock.systemUTC();

    /** Blocking (stores the refresh token). */
    public TokenResponse issue(UserAccount user) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(properties.issuer()).subject(user.username())
                .issuedAt(now).expiresAt(now.plus(properties.accessTokenTtl())).id(UUID.randomUUID().toString())
                .claim("roles", user.roles().stream().map(Enum::name).sorted().toList())
                .claim("name", user.displayName() == null ? user.username() : user.displayName());
        if (user.unitCode() != null) {
            claims.claim("unit", user.unitCode());
        }
        String access = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        String refresh = refreshTokens.issue(user.username(), now.plus(properties.refreshTokenTtl()));
        return new TokenResponse(access, "Bearer", properties.accessTokenTtl().toSeconds(), refresh,
                UserView.of(user));
    }

    public Instant now() {
        return clock.instant();
    }
}
