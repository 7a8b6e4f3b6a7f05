package vn.hotline1022.gateway.auth;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Optional;

/** Who the bearer token says the caller is; a claim the token lacks reads as the username, no roles, no unit. */
record MeView(String username, String name, List<String> roles, String unitCode) {

    static MeView of(Jwt jwt) {
        return new MeView(jwt.getSubject(), Optional.ofNullable(jwt.getClaimAsString("name")).orElse(jwt.getSubject()),
                Optional.ofNullable(jwt.getClaimAsStringList("roles")).orElse(List.of()),
                Optional.ofNullable(jwt.getClaimAsString("unit")).orElse(""));
    }
}
