package vn.hotline1022.support.security;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the {@link CurrentUser} of the current request from a verified JWT (claims {@code sub}, {@code roles},
 * {@code unit}); identity headers are never read. Normally the security filter chain has verified the token
 * already; where no chain runs (a web slice test) the bearer token is verified here with the same decoder.
 * No valid token: "anonymous" with no role.
 */
@RequiredArgsConstructor
public class CurrentUserResolver {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", Set.of(), null);

    private final HttpServletRequest request;
    private final ObjectProvider<JwtDecoder> decoder;

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        return bearer().map(this::verify).orElse(ANONYMOUS);
    }

    private Optional<String> bearer() {
        try {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? Optional.of(header.substring(7).trim()) : Optional.empty();
        } catch (IllegalStateException outsideARequest) {   // e.g. a Kafka listener thread
            return Optional.empty();
        }
    }

    private CurrentUser verify(String token) {
        JwtDecoder jwt = decoder.getIfAvailable();
        if (jwt == null) {
            return ANONYMOUS;
        }
        try {
            return of(jwt.decode(token));
        } catch (JwtException invalid) {
            return ANONYMOUS;
        }
    }

    public static CurrentUser of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        String unit = jwt.getClaimAsString("unit");
        return new CurrentUser(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                unit == null || unit.isBlank() ? null : unit);
    }
}
