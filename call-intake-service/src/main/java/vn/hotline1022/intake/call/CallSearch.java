package vn.hotline1022.intake.call;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Supervisors' call list. Filters are validated like any input; {@code size} is capped. Operators without a
 * supervisor role only ever see their own calls.
 */
@Component
class CallSearch {

    record Criteria(String from, String to, String topic, String locality, String outcome, String operator,
                    String status, int page, int size) {
    }

    record Page(List<CallView> items, int page, int size, long totalElements, long totalPages) {
    }

    private final CallStore store;
    private final ReferenceData reference;
    private final IntakeProperties properties;

    CallSearch(CallStore store, ReferenceData reference, IntakeProperties properties) {
        this.store = store;
        this.reference = reference;
        this.properties = properties;
    }

    Page search(Criteria q, CurrentUser user) {
        if (q.page() < 0) {
            throw new InvalidValueException("page", "intake.search.page.min");
        }
        if (q.size() < 1) {
            throw new InvalidValueException("size", "intake.search.size.min");
        }
        int size = Math.min(q.size(), properties.maxPageSize());
        Bson filter = filter(q, user);
        long total = store.count(filter);
        List<CallView> items = store.search(filter, q.page(), size).stream()
                .map(c -> CallView.of(c, reference, null)).toList();
        return new Page(items, q.page(), size, total, (total + size - 1) / size);
    }

    private Bson filter(Criteria q, CurrentUser user) {
        List<Bson> and = new ArrayList<>();
        Instant from = q.from() == null ? null : instant("from", q.from(), false);
        Instant to = q.to() == null ? null : instant("to", q.to(), true);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("from", "intake.search.from-after-to");
        }
        if (from != null) {
            and.add(Filters.gte("startedAt", Date.from(from)));
        }
        if (to != null) {
            and.add(Filters.lt("startedAt", Date.from(to)));
        }
        if (q.topic() != null) {
            and.add(Filters.eq("topic", reference.topic("topic", q.topic()).code()));
        }
        if (q.locality() != null) {
            and.add(Filters.eq("locality", reference.locality("locality", q.locality()).code()));
        }
        if (q.outcome() != null) {
            and.add(Filters.eq("outcome", Outcome.parse("outcome", q.outcome()).name()));
        }
        if (q.status() != null) {
            and.add(Filters.eq("status", status(q.status()).name()));
        }
        String operator = Access.isSupervisor(user) ? q.operator() : user.username();
        if (operator != null) {
            and.add(Filters.eq("operator", operator));
        }
        return and.isEmpty() ? Filters.empty() : Filters.and(and);
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
