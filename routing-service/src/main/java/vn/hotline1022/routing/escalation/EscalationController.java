package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import vn.hotline1022.support.web.NotFoundException;
import vn.hotline1022.support.security.ForbiddenException;
import vn.hotline1022.support.web.ApiException;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Escalations for supervisors and units. A UNIT user only ever sees its own unit: another unit's escalation
 * answers 404, exactly as if it did not exist. Operators read every unit's escalations (a repeat caller asks
 * "where is my question?": "sent to X, due Y"), but only supervisors and the unit itself answer.
 */
@RestController
@RequestMapping("/api/escalations")
@RequiredArgsConstructor
class EscalationController {

    private static final String[] ALL_UNITS_READERS = {Access.SUPERVISOR, Access.OPERATOR, Access.OPS, Access.ADMIN};
    private static final String[] READERS = {Access.SUPERVISOR, Access.OPERATOR, Access.UNIT, Access.OPS, Access.ADMIN};

    private final EscalationAnswers answers;
    private final EscalationStore store;
    private final EscalationQueries queries;
    private final EscalationSupervision supervision;
    private final CurrentUserResolver users;
    private final EscalationProperties properties;

    @GetMapping
    List<EscalationView> list(@RequestParam(required = false) String unit,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to) {
        CurrentUser user = users.current();
        Access.require(user, READERS);
        if (!Access.hasAny(user, ALL_UNITS_READERS)) {
            if (unit != null && !unit.equals(user.unitCode())) {
                throw new ForbiddenException("routing.escalation.own-unit-only");
            }
            unit = user.unitCode();
        }
        if (status != null && List.of(EscalationStatus.values()).stream().noneMatch(s -> s.name().equals(status))) {
            throw new InvalidFieldException("status", "routing.escalation.status.invalid");
        }
        return queries.list(unit, status, instant("from", from, false), instant("to", to, true), 500).stream()
                .map(EscalationView::of).toList();
    }

    @GetMapping("/{id}")
    EscalationView get(@PathVariable String id) {
        return EscalationView.of(visible(id, users.current()));
    }

    @PostMapping("/{id}/answer")
    EscalationView answer(@PathVariable String id, @Valid @RequestBody EscalationRequests.Answer request) {
        CurrentUser user = users.current();
        Access.require(user, Access.UNIT, Access.SUPERVISOR, Access.ADMIN);
        Escalation e = visible(id, user);
        if (!e.stillOpen()) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.status().name());
        }
        return answers.answer(id, request.answer().strip(), user.username(), null).map(EscalationView::of)
                .orElseThrow(() -> ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.answered-or-merged"));
    }

    @PostMapping("/{id}/merge")
    EscalationView merge(@PathVariable String id, @Valid @RequestBody EscalationRequests.Merge request) {
        return EscalationView.of(supervision.merge(id, request.sourceIds(), supervisor().username()));
    }

    @PostMapping("/{id}/split")
    EscalationView split(@PathVariable String id, @Valid @RequestBody EscalationRequests.Split request) {
        return EscalationView.of(supervision.split(id, request.callIds(), supervisor().username()));
    }

    @PostMapping("/{id}/reassign")
    EscalationView reassign(@PathVariable String id, @Valid @RequestBody EscalationRequests.Reassign request) {
        return EscalationView.of(supervision.reassign(id, request.unitCode(), request.reason(), supervisor().username()));
    }

    private CurrentUser supervisor() {
        CurrentUser user = users.current();
        Access.require(user, Access.SUPERVISOR, Access.ADMIN);
        return user;
    }

    private Escalation visible(String id, CurrentUser user) {
        Access.require(user, READERS);
        Escalation e = store.find(id).orElse(null);
        boolean allowed = e != null && (Access.hasAny(user, ALL_UNITS_READERS)
                || e.unitCode().equals(user.unitCode()));
        if (!allowed) {
            throw new NotFoundException("routing.escalation.not-found", id);
        }
        return e;
    }

    /** Accepts a date (whole day in local time) or an instant. */
    private Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(properties.zone()).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "routing.escalation.date.invalid");
        }
    }
}
