package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.support.web.ApiException;
import vn.hotline1022.support.web.InvalidFieldException;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Unit;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Moves an open escalation to another unit, with a new due date from that unit's terms. */
@Component
class EscalationReassignments {

    private final EscalationStore store;
    private final RaisedEventDocuments raised;
    private final Directory directory;
    private final EscalationProperties properties;
    private final Clock clock;

    EscalationReassignments(EscalationStore store, RaisedEventDocuments raised, Directory directory,
                            EscalationProperties properties, Clock clock) {
        this.store = store;
        this.raised = raised;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    Document reassign(String id, String unitCode, String reason, String by) {
        Document e = open(id, "id");
        Unit unit = directory.find(unitCode)
                .orElseThrow(() -> new InvalidFieldException("unitCode", "routing.unit.unknown"));
        if (unitCode.equals(e.getString("unitCode"))) {
            throw new InvalidFieldException("unitCode", "routing.escalation.reassign.same-unit");
        }
        Instant now = clock.instant();
        Instant dueAt = properties.duePolicy().dueAt(now, unit.escalationDue());
        Document moved = new Document(e).append("unitCode", unitCode).append("dueAt", Date.from(dueAt));
        Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("unitCode", e.getString("unitCode")));
        boolean ok = store.update(filter, List.of(Updates.set("unitCode", unitCode), Updates.set("dueAt", Date.from(dueAt)),
                Updates.set("overdueNotified", false),
                Updates.push("history", Escalations.history("REASSIGNED", by, now).append("from", e.getString("unitCode"))
                        .append("to", unitCode).append("reason", reason))), List.of(raised.event(moved, now)));
        if (!ok) {
            throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.changed.reload");
        }
        return store.find(id).orElseThrow();
    }

    private Document open(String id, String field) {
        Document e = store.find(id).orElseThrow(() -> "id".equals(field)
                ? ApiException.ofStatus(HttpStatus.NOT_FOUND.value(), "routing.escalation.not-found", id)
                : new InvalidFieldException(field, "routing.escalation.not-found", id));
        if (!EscalationStatus.OPEN.name().equals(e.getString("status"))) {
            if ("id".equals(field)) {
                throw ApiException.ofStatus(HttpStatus.CONFLICT.value(), "routing.escalation.not-open", e.getString("status"));
            }
            throw new InvalidFieldException(field, "routing.escalation.not-open", e.getString("status"));
        }
        return e;
    }
}
