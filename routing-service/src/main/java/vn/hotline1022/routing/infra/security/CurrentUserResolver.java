package vn.hotline1022.routing.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Resolves the {@link CurrentUser} of the current request from a verified JWT (claims {@code sub}, {@code roles},
 * {@code unit}); identity headers are never read. Normally the security filter chain has verified the token
 * already; where no chain runs (a web slice test, a servlet outside the chain) the bearer token is verified here
 * with the same key. No valid token: "anonymous" with no role.
 */
@Component
public class CurrentUserResolver {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of(), null);

    private final HttpServletRequest request;
    private final JwtDecoder decoder;

    CurrentUserResolver(HttpServletRequest request, ObjectProvider<JwtDecoder> decoders,
                        @Value("${hotline.security.jwt-secret:}") String secret) {
        this.request = request;
        this.decoder = decoders.getIfAvailable(() -> secret.length() < 32 ? null
                : NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                        .macAlgorithm(MacAlgorithm.HS256).build());
    }

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        return bearer().map(this::verify).orElse(ANONYMOUS);
    }

    private java.util.Optional<String> bearer() {
        try {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? java.util.Optional.of(header.substring(7).trim()) : java.util.Optional.empty();
        } catch (IllegalStateException outsideARequest) {   // e.g. a Kafka listener thread
            return java.util.Optional.empty();
        }
    }

    private CurrentUser verify(String token) {
        if (decoder == null) {
            return ANONYMOUS;
        }
        try {
            return of(decoder.decode(token));
        } catch (JwtException invalid) {
            return ANONYMOUS;
        }
    }

    private static CurrentUser of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String unit = jwt.getClaimAsString("unit");
        return new CurrentUser(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                unit == null || unit.isBlank() ? null : unit);
    }
}
