package vn.hotline1022.routing.directory;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.support.web.NotFoundException;
import vn.hotline1022.support.web.ApiException;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** The hotline directory: everyone reads, supervisors edit (each edit kept in the unit's history). */
@RestController
@RequestMapping("/api/routing/units")
@RequiredArgsConstructor
class DirectoryController {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final Directory directory;
    private final DirectoryStore store;
    private final CurrentUserResolver users;
    private final Clock clock;
    private final List<UnitInUse> uses;

    /** The units in service; a supervisor may ask for the retired ones too ({@code ?retired=true}). */
    @GetMapping
    List<UnitView> list(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean retired) {
        boolean supervisor = Access.isSupervisor(users.current());
        return (retired && supervisor ? directory.all() : directory.snapshot()).values().stream()
                .map(u -> UnitView.of(u, supervisor)).toList();
    }

    @GetMapping("/{code}")
    UnitView get(@PathVariable String code) {
        return UnitView.of(load(code), Access.isSupervisor(users.current()));
    }

    @PostMapping("/{code}")
    @ResponseStatus(HttpStatus.CREATED)
    UnitView create(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        CurrentUser user = supervisor();
        if (!CODE.matcher(code).matches() || code.length() > 60) {
            throw new InvalidFieldException("code", "routing.unit.code.format");
        }
        Unit unit = UnitRequests.toUnit(code, request, 1);
        if (!store.create(unit, user.username(), clock.instant())) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.unit.code.exists", code);
        }
        directory.refresh();
        return UnitView.of(load(code), true);
    }

    @PutMapping("/{code}")
    UnitView update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        CurrentUser user = supervisor();
        Unit before = store.find(code).orElseThrow(() -> notFound(code));
        if (request.version() != null && request.version() != before.version()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.unit.concurrent-update.version", before.version());
        }
        // editing a retired unit's details keeps it retired: leaving service is its own command
        Unit after = UnitRequests.toUnit(code, request, before.version()).withRetired(before.retired());
        if (!store.update(before, after, user.username(), clock.instant())) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.unit.concurrent-update");
        }
        directory.refresh();
        return UnitView.of(load(code), true);
    }

    /**
     * The unit leaves service (merged, dissolved): rules, plans and escalations can no longer name it; its history
     * and its name in old records stay. Refused while an open escalation or a rule still names it.
     */
    @PostMapping("/{code}/retire")
    UnitView retire(@PathVariable String code) {
        CurrentUser user = supervisor();
        Unit before = store.find(code).orElseThrow(() -> notFound(code));
        if (before.retired()) {
            return UnitView.of(before, true);
        }
        for (UnitInUse use : uses) {
            use.whyInUse(code).ifPresent(reason -> {
                throw new vn.hotline1022.support.web.ConflictException(reason.messageCode(), reason.args());
            });
        }
        return lifecycle(before, before.withRetired(true), user, "RETIRE");
    }

    @PostMapping("/{code}/reinstate")
    UnitView reinstate(@PathVariable String code) {
        CurrentUser user = supervisor();
        Unit before = store.find(code).orElseThrow(() -> notFound(code));
        return before.retired() ? lifecycle(before, before.withRetired(false), user, "REINSTATE") : UnitView.of(before, true);
    }

    private UnitView lifecycle(Unit before, Unit after, CurrentUser user, String action) {
        if (!store.update(before, after, user.username(), clock.instant(), action)) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.unit.concurrent-update");
        }
        directory.refresh();
        return UnitView.of(store.find(before.code()).orElseThrow(() -> notFound(before.code())), true);
    }

    @GetMapping("/{code}/history")
    List<UnitHistoryView> history(@PathVariable String code) {
        supervisor();
        load(code);
        return store.history(code);
    }

    private CurrentUser supervisor() {
        CurrentUser user = users.current();
        Access.require(user, Access.SUPERVISOR, Access.ADMIN);
        return user;
    }

    private Unit load(String code) {
        return directory.find(code).or(() -> store.find(code)).orElseThrow(() -> notFound(code));
    }

    private static ApiException notFound(String code) {
        return new NotFoundException("routing.unit.not-in-directory", code);
    }
}
