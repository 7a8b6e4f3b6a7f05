package vn.hotline1022.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * The one place tests establish identity: a JWT signed like the gateway signs it (HS256, the local default secret
 * of application.yml, issuer hotline-1022), sent as {@code Authorization: Bearer}. {@code role} may list several,
 * comma separated.
 */
public final class TestAuth {

    /** Same as application.yml's default for hotline.security.jwt-secret (tests do not set HOTLINE_JWT_SECRET). */
    public static final String SECRET = "local-dev-only-1022-binh-thuan-jwt-secret-change-me";

    private TestAuth() {
    }

    public static HttpHeaders as(String username, String role, String unitCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(username, role, unitCode));
        return headers;
    }

    public static String token(String username, String role, String unitCode) {
        List<String> roles = role == null ? List.of()
                : Arrays.stream(role.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(username).issuer("hotline-1022")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600))).claim("roles", roles);
        if (unitCode != null) {
            claims.claim("unit", unitCode);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
