package vn.hotline1022.intake.callback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hotline1022.intake.audit.AuditTrail;
import vn.hotline1022.intake.callback.domain.Callback;
import vn.hotline1022.intake.callback.domain.CallbackResult;
import vn.hotline1022.intake.callback.domain.CallbackStatus;
import vn.hotline1022.intake.caller.domain.PhoneNumber;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.support.security.CurrentUserResolver;
import vn.hotline1022.support.web.InvalidFieldException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The callback list of the desk. The list shows numbers masked; the operator who takes a callback opens it and sees
 * the number in full (that read is audited), then records each attempt.
 */
@RestController
@RequestMapping("/api/callbacks")
class CallbackController {

    record Attempt(@NotNull(message = "intake.callback.result.required") CallbackResult result,
                   @Size(max = 1000, message = "intake.note.max-1000") String note) {
    }

    record AttemptView(Instant at, String by, String result, String note) {
    }

    /** {@code kind}: ANSWER (a unit's answer to relay) or MISSED (the citizen rang and nobody picked up). */
    record CallbackView(String id, String kind, String callId, String escalationId, String unitCode, String question,
                        String answer, String topic, String locality, Instant callStartedAt, String caller,
                        String status, int attempts, int maxAttempts, List<AttemptView> history, String coveredBy) {
    }

    record DaySummary(String day, long created, long done, long pending, long unreachable, long covered, long noNumber) {
    }

    private final Callbacks callbacks;
    private final CurrentUserResolver users;
    private final AuditTrail audit;
    private final ZoneId zone;

    CallbackController(Callbacks callbacks, CurrentUserResolver users, AuditTrail audit,
                       vn.hotline1022.intake.IntakeProperties properties) {
        this.callbacks = callbacks;
        this.users = users;
        this.audit = audit;
        this.zone = properties.zone();
    }

    @GetMapping
    List<CallbackView> list(@RequestParam(defaultValue = "PENDING") String status) {
        Access.requireCallAccess(users.current());
        CallbackStatus wanted;
        try {
            wanted = CallbackStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("status", "intake.callback.status.invalid");
        }
        return callbacks.list(wanted).stream().map(d -> view(d, false)).toList();
    }

    /** The task with the number in full, for the operator about to call. */
    @GetMapping("/{id}")
    CallbackView open(@PathVariable String id) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        Callback task = callbacks.get(id);
        if (task.callerNumber() != null) {
            audit.callbackNumberRead(user, new PhoneNumber(task.callerNumber()), id);
        }
        return view(task, true);
    }

    @PostMapping("/{id}/attempts")
    CallbackView attempt(@PathVariable String id, @Valid @RequestBody Attempt attempt) {
        CurrentUser user = users.current();
        Access.requireCallAccess(user);
        return view(callbacks.attempt(id, attempt.result(), attempt.note(), user), true);
    }

    /** Callbacks created per day and where they stand now: done, pending, unreachable. */
    @GetMapping("/summary")
    List<DaySummary> summary(@RequestParam String from, @RequestParam String to) {
        // figures only, no caller data: the role table also lets ops read them
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start) || end.isAfter(start.plusDays(92))) {
            throw new InvalidFieldException("to", "intake.callback.range.invalid");
        }
        Map<String, long[]> days = new TreeMap<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days.put(d.toString(), new long[6]);
        }
        for (Callback task : callbacks.createdBetween(start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant())) {
            long[] c = days.get(task.createdAt().atZone(zone).toLocalDate().toString());
            if (c == null) {
                continue;
            }
            c[0]++;
            switch (task.status()) {
                case DONE -> c[1]++;
                case PENDING -> c[2]++;
                case UNREACHABLE -> c[3]++;
                case COVERED -> c[4]++;
                case NO_NUMBER -> c[5]++;
            }
        }
        return days.entrySet().stream().map(e -> new DaySummary(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "intake.callback.date.invalid");
        }
    }

    private CallbackView view(Callback c, boolean fullNumber) {
        String number = c.callerNumber();
        List<AttemptView> history = c.attempts().stream()
                .map(a -> new AttemptView(a.at(), a.by(), a.result(), a.note())).toList();
        return new CallbackView(c.id(), c.kind() == null ? "ANSWER" : c.kind(), c.callId(), c.escalationId(),
                c.unitCode(), c.question(), c.answer(), c.topic(), c.locality(), c.callStartedAt(),
                number == null ? null : fullNumber ? number : PhoneNumber.mask(number), c.status().name(),
                history.size(), callbacks.maxAttempts(), history, c.coveredBy());
    }
}
