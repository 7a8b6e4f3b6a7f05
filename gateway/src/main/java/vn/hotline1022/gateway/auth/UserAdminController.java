package vn.hotline1022.gateway.auth;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.access.Role;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Blocking;
import vn.hotline1022.gateway.infra.InvalidFieldException;
import vn.hotline1022.gateway.infra.NotFoundException;

import java.util.List;
import java.util.Set;

/**
 * ADMIN only (see AccessRules): create, change, disable and delete logins. A password an admin sets (new user or
 * reset) must be changed by its user at the first login, so only the user knows it.
 */
@RestController
@RequestMapping("/api/auth/users")
@RequiredArgsConstructor
class UserAdminController {

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final RefreshTokenStore refreshTokens;
    private final TokenService tokens;

    record UserRequest(
            @NotBlank(message = "gateway.username.required")
            @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,63}",
                    message = "gateway.username.format")
            String username,
            @Size(max = 100, message = "gateway.display-name.max-100")
            @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "gateway.display-name.characters")
            String displayName,
            @Size(min = 8, max = 128, message = "gateway.password.length") String password,
            @NotEmpty(message = "gateway.roles.required") Set<Role> roles,
            @Pattern(regexp = "^[A-Z][A-Z0-9_]*$", message = "gateway.unit-code.format") String unitCode,
            Boolean enabled) {
    }

    @GetMapping
    Mono<List<UserView>> list() {
        return Blocking.call(() -> users.list().stream().map(UserView::of).toList());
    }

    @PostMapping
    Mono<ResponseEntity<UserView>> create(@Valid @RequestBody UserRequest request) {
        if (request.password() == null) {
            throw new InvalidFieldException("password", "gateway.password.required");
        }
        UserAccount account = toAccount(request.username(), request, passwords.encode(request.password()));
        return Blocking.call(() -> {
            if (!users.insert(account)) {
                throw new InvalidFieldException("username", "gateway.username.exists");
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(account));
        });
    }

    @PutMapping("/{username}")
    Mono<UserView> update(@PathVariable String username, @Valid @RequestBody UserRequest request) {
        return Blocking.call(() -> {
            UserAccount existing = users.find(username).orElseThrow(() -> new NotFoundException("gateway.user.not-found", username));
            String hash = request.password() == null ? existing.passwordHash() : passwords.encode(request.password());
            UserAccount updated = toAccount(username, request, hash);
            // a password set by an admin is a reset: the user chooses their own at the next login
            UserAccount kept = new UserAccount(updated.username(), updated.displayName(), hash, updated.roles(),
                    updated.unitCode(), updated.enabled(), existing.demo() && request.password() == null, existing.createdAt(),
                    request.password() != null || existing.mustChangePassword());
            users.replace(kept);
            if (!kept.enabled() || request.password() != null) {
                refreshTokens.revokeAll(username);
            }
            return UserView.of(kept);
        });
    }

    @DeleteMapping("/{username}")
    Mono<ResponseEntity<Void>> delete(@PathVariable String username) {
        return Blocking.call(() -> {
            if (!users.delete(username)) {
                throw new NotFoundException("gateway.user.not-found", username);
            }
            refreshTokens.revokeAll(username);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private UserAccount toAccount(String username, UserRequest r, String hash) {
        boolean unit = r.roles().contains(Role.UNIT);
        if (unit && (r.unitCode() == null || r.unitCode().isBlank())) {
            throw new InvalidFieldException("unitCode", "gateway.unit-code.required");
        }
        if (unit && r.roles().size() > 1) {
            throw new InvalidFieldException("roles", "gateway.roles.unit-alone");
        }
        return new UserAccount(username, r.displayName() == null ? username : r.displayName(), hash, Set.copyOf(r.roles()),
                unit ? r.unitCode() : null, r.enabled() == null || r.enabled(), false, tokens.now(), true);
    }
}
