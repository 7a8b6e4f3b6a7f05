package vn.hotline1022.routing.directory;

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
class DirectoryController {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");

    private final Directory directory;
    private final DirectoryStore store;
    private final CurrentUserResolver users;
    private final Clock clock;

    DirectoryController(Directory directory, DirectoryStore store, CurrentUserResolver users, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping
    List<UnitView> list() {
        boolean supervisor = Access.isSupervisor(users.current());
        return directory.snapshot().values().stream().map(u -> UnitView.of(u, supervisor)).toList();
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
        Unit after = UnitRequests.toUnit(code, request, before.version());
        if (!store.update(before, after, user.username(), clock.instant())) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.unit.concurrent-update");
        }
        directory.refresh();
        return UnitView.of(load(code), true);
    }

    @GetMapping("/{code}/history")
    List<UnitHistoryView> history(@PathVariable String code) {
        supervisor();
        load(code);
        return store.history(code).stream().map(UnitHistoryView::of).toList();
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
        return ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "routing.unit.not-in-directory", code);
    }
}
