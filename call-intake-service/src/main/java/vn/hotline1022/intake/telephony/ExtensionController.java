package vn.hotline1022.intake.telephony;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.access.Role;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.security.ForbiddenException;

import java.time.Instant;
import java.util.List;

/** The admin's table of who answers at which extension of the switchboard (the pop-up and outbound dials use it). */
@RestController
@RequestMapping("/api/cti/extensions")
@RequiredArgsConstructor
class ExtensionController {

    record Assignment(@NotBlank(message = "intake.cti.extension.required") @Size(max = 64) String extension,
                      @NotBlank(message = "intake.cti.extension.login") @Size(max = 64) String login) {
    }

    record ExtensionView(String extension, String login, String by, Instant at) {
    }

    private final Extensions extensions;
    private final CurrentUserResolver users;

    @GetMapping
    List<ExtensionView> list() {
        require(users.current(), Role.ADMIN, Role.SUPERVISOR);
        return extensions.all().stream().map(ExtensionController::view).toList();
    }

    @PutMapping
    ExtensionView assign(@jakarta.validation.Valid @RequestBody Assignment assignment) {
        CurrentUser admin = require(users.current(), Role.ADMIN);
        return view(extensions.assign(assignment.extension(), assignment.login(), admin.username()));
    }

    @DeleteMapping("/{extension}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String extension) {
        CurrentUser admin = require(users.current(), Role.ADMIN);
        extensions.remove(extension, admin.username());
    }

    private static CurrentUser require(CurrentUser user, Role... roles) {
        if (!user.hasAny(roles)) {
            throw new ForbiddenException("intake.cti.extension.admin-only");
        }
        return user;
    }

    private static ExtensionView view(ExtensionStore.Mapping m) {
        return new ExtensionView(m.extension(), m.login(), m.by(), m.at());
    }
}
