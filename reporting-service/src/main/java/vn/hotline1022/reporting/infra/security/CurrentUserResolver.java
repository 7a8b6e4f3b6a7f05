package vn.hotline1022.reporting.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves the {@link CurrentUser} of the current request. */
@Component
public class CurrentUserResolver {

    private final HttpServletRequest request;

    CurrentUserResolver(HttpServletRequest request) {
        this.request = request;
    }

    public CurrentUser current() {
        String username = header("X-User", header("X-Operator", "anonymous"));
        Set<String> roles = Arrays.stream(header("X-Roles", "").split(","))
                .map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(username, roles, header("X-Unit", null));
    }

    private String header(String name, String fallback) {
        String value = request.getHeader(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
