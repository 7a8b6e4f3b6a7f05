package vn.hotline1022.routing.escalation;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.support.web.NotFoundException;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Unit;

import java.time.Clock;
import java.time.Instant;

/** Moves an open escalation to another unit, with a new due date from that unit's terms. */
@Component
@RequiredArgsConstructor
class EscalationReassignments {

    private final EscalationStore store;
    private final Directory directory;
    private final EscalationProperties properties;
    private final Clock clock;

    Escalation reassign(String id, String unitCode, String reason, String by) {
        Escalation e = open(id, "id");
        Unit unit = directory.find(unitCode)
                .orElseThrow(() -> new InvalidFieldException("unitCode", "routing.unit.unknown"));
        if (unitCode.equals(e.unitCode())) {
            throw new InvalidFieldException("unitCode", "routing.escalation.reassign.same-unit");
        }
        Instant now = clock.instant();
        Instant dueAt = properties.duePolicy().dueAt(now, unit.escalationDue());
        if (!store.reassign(e, unitCode, dueAt, reason, by, now)) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.reload");
        }
        return store.find(id).orElseThrow();
    }

    private Escalation open(String id, String field) {
        Escalation e = store.find(id).orElseThrow(() -> "id".equals(field)
                ? new NotFoundException("routing.escalation.not-found", id)
                : new InvalidFieldException(field, "routing.escalation.not-found", id));
        if (!e.stillOpen()) {
            if ("id".equals(field)) {
                throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.status().name());
            }
            throw new InvalidFieldException(field, "routing.escalation.not-open", e.status().name());
        }
        return e;
    }
}
