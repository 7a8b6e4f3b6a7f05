package vn.hotline1022.intake.call;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.IntakeProperties;
import vn.hotline1022.intake.call.domain.CallStatus;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.domain.InvalidValueException;
import vn.hotline1022.intake.infra.security.Access;
import vn.hotline1022.support.security.CurrentUser;
import vn.hotline1022.intake.reference.domain.ReferenceData;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Supervisors' call list. Filters are validated like any input; {@code size} is capped. Operators without a
 * supervisor role only ever see their own calls.
 */
@Component
@RequiredArgsConstructor
class CallSearch {

    record Criteria(String from, String to, String topic, String locality, String outcome, String operator,
                    String status, int page, int size) {
    }

    record Page(List<CallView> items, int page, int size, long totalElements, long totalPages) {
    }

    private final CallStore store;
    private final ReferenceData reference;
    private final IntakeProperties properties;

    Page search(Criteria q, CurrentUser user) {
        if (q.page() < 0) {
            throw new InvalidValueException("page", "intake.search.page.min");
        }
        if (q.size() < 1) {
            throw new InvalidValueException("size", "intake.search.size.min");
        }
        int size = Math.min(q.size(), properties.maxPageSize());
        CallFilter filter = filter(q, user);
        long total = store.count(filter);
        List<CallView> items = store.search(filter, q.page(), size).stream()
                .map(c -> CallView.of(c, reference, null)).toList();
        return new Page(items, q.page(), size, total, (total + size - 1) / size);
    }

    private CallFilter filter(Criteria q, CurrentUser user) {
        Instant from = q.from() == null ? null : instant("from", q.from(), false);
        Instant to = q.to() == null ? null : instant("to", q.to(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("from", "intake.search.from-after-to");
        }
        return new CallFilter(from, to,
                q.topic() == null ? null : reference.topic("topic", q.topic()).code(),
                q.locality() == null ? null : reference.locality("locality", q.locality()).code(),
                q.outcome() == null ? null : Outcome.parse("outcome", q.outcome()).name(),
                q.status() == null ? null : status(q.status()).name(),
                Access.isSupervisor(user) ? q.operator() : user.username());
    }

    /** A date means a whole local day ({@code to} inclusive); an ISO instant means exactly that moment. */
    private Instant instant(String field, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(properties.zone()).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "intake.search.instant.invalid", value);
        }
    }

    private static CallStatus status(String value) {
        try {
            return CallStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "intake.search.status.invalid", value);
        }
    }
}
