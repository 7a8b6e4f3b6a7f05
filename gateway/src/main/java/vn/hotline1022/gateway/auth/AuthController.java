package vn.hotline1022.gateway.auth;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.gateway.infra.Problems;
import org.springframework.web.server.ServerWebExchange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Blocking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@RestController
@RequestMapping("/api/auth")
@RequiredArgsConstructor
class AuthController {

    private static final String BAD_LOGIN = "gateway.login.refused";

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final RefreshTokenStore refreshTokens;

    record LoginRequest(@NotBlank(message = "gateway.username.required") String username,
                        @NotBlank(message = "gateway.password.required") String password) {
    }

    record RefreshRequest(@NotBlank(message = "gateway.refresh-token.required") String refreshToken) {
    }

    record PasswordChange(@NotBlank(message = "gateway.username.required") String username,
                          @NotBlank(message = "gateway.current-password.required") String currentPassword,
                          @NotBlank(message = "gateway.new-password.required")
                          @Size(min = 8, max = 128, message = "gateway.new-password.length") String newPassword) {
    }

    @PostMapping("/login")
    Mono<TokenResponse> login(@Valid @RequestBody LoginRequest request) {
        return Blocking.call(() -> verified(request.username(), request.password())
                // a password an admin set is only good for choosing one's own: no token until then
                .map(u -> {
                    if (u.mustChangePassword()) {
                        throw new MustChangePassword();
                    }
                    return tokens.issue(u);
                })
                .orElseThrow(() -> new Refused("password", BAD_LOGIN)));
    }

    /** The user's own new password (required after an admin set one); answers with tokens, as a login does. */
    @PostMapping("/password")
    Mono<TokenResponse> changePassword(@Valid @RequestBody PasswordChange request) {
        return Blocking.call(() -> verified(request.username(), request.currentPassword())
                .map(u -> {
                    if (request.newPassword().equals(request.currentPassword())) {
                        throw new vn.hotline1022.gateway.infra.InvalidFieldException("newPassword",
                                "gateway.new-password.same");
                    }
                    UserAccount changed = u.withPasswordHash(passwords.encode(request.newPassword()));
                    users.replace(changed);
                    refreshTokens.revokeAll(changed.username());
                    return tokens.issue(changed);
                })
                .orElseThrow(() -> new Refused("currentPassword", BAD_LOGIN)));
    }

    /** The enabled account with that name and password; empty otherwise, and the caller never learns which part failed. */
    private Optional<UserAccount> verified(String username, String password) {
        return users.find(username.trim()).filter(UserAccount::enabled)
                .filter(u -> passwords.matches(password, u.passwordHash()));
    }

    @ExceptionHandler(MustChangePassword.class)
    ResponseEntity<ProblemDetail> mustChange(MustChangePassword e, ServerWebExchange exchange) {
        String message = Problems.text(exchange, "gateway.password-change-required");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message);
        problem.setProperty("code", "password-change-required");
        problem.setProperty("errors", List.of(Map.of("field", "password", "code", "password-change-required",
                "message", message)));
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Thrown only to reach {@link #mustChange}: the password is right, but it is not the user's own yet. */
    static final class MustChangePassword extends RuntimeException {
        MustChangePassword() {
            super("password-change-required", null, false, false);
        }
    }

    @PostMapping("/refresh")
    Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return Blocking.call(() -> refreshTokens.consume(request.refreshToken(), tokens.now())
                .flatMap(users::find).filter(UserAccount::enabled)
                .map(tokens::issue)
                .orElseThrow(() -> new Refused("refreshToken", "gateway.session.expired")));
    }

    @PostMapping("/logout")
    Mono<ResponseEntity<Void>> logout(@RequestBody Optional<RefreshRequest> request) {
        return Blocking.run(() -> request.map(RefreshRequest::refreshToken).filter(t -> !t.isBlank())
                        .ifPresent(t -> refreshTokens.consume(t, tokens.now())))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping("/me")
    MeView me(@AuthenticationPrincipal Jwt jwt) {
        return MeView.of(jwt);
    }

    /** A refused login or refresh: a 401 naming the field, shaped like the gateway's validation problems. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e, ServerWebExchange exchange) {
        String message = Problems.text(exchange, e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, message);
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", message)));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Thrown only to reach {@link #refused}, so the endpoints can declare their one successful answer. */
    static final class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String messageCode) {
            super(messageCode, null, false, false);
            this.field = field;
        }
    }
}
