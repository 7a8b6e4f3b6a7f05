package vn.hotline1022.gateway.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
class AuthController {

    private static final String BAD_LOGIN = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final RefreshTokens refreshTokens;

    AuthController(UserStore users, PasswordEncoder passwords, TokenService tokens, RefreshTokens refreshTokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
    }

    record LoginRequest(@NotBlank(message = "Nhập tên đăng nhập.") String username,
                        @NotBlank(message = "Nhập mật khẩu.") String password) {
    }

    record RefreshRequest(@NotBlank(message = "Thiếu refresh token.") String refreshToken) {
    }

    @PostMapping("/login")
    Mono<TokenResponse> login(@Valid @RequestBody LoginRequest request) {
        return Blocking.call(() -> users.find(request.username().trim())
                .filter(UserAccount::enabled)
                .filter(u -> passwords.matches(request.password(), u.passwordHash()))
                .map(tokens::issue)
                .orElseThrow(() -> new Refused("password", BAD_LOGIN)));
    }

    @PostMapping("/refresh")
    Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return Blocking.call(() -> refreshTokens.consume(request.refreshToken(), tokens.now())
                .flatMap(users::find).filter(UserAccount::enabled)
                .map(tokens::issue)
                .orElseThrow(() -> new Refused("refreshToken", "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.")));
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
    ResponseEntity<ProblemDetail> refused(Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Thrown only to reach {@link #refused}, so the endpoints can declare their one successful answer. */
    static final class Refused extends RuntimeException {

        private final String field;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
