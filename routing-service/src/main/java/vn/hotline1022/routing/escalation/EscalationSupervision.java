package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import vn.hotline1022.routing.directory.Directory;
import vn.hotline1022.routing.directory.domain.Unit;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.infra.web.InvalidFieldException;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Supervisors' corrections: merge duplicates the similarity check missed, split calls that were wrongly joined,
 * reassign to another unit. Each step is one conditional write with its history line; a merge touches two
 * documents and is ordered so that a crash in between leaves calls in both, never in neither.
 */
@Service
class EscalationSupervision {

    private final EscalationStore store;
    private final Escalations escalations;
    private final Directory directory;
    private final EscalationProperties properties;
    private final Clock clock;

    EscalationSupervision(EscalationStore store, Escalations escalations, Directory directory,
                          EscalationProperties properties, Clock clock) {
        this.store = store;
        this.escalations = escalations;
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    Document merge(String targetId, List<String> sourceIds, String by) {
        Document target = open(targetId, "id");
        for (int i = 0; i < sourceIds.size(); i++) {
            String field = "sourceIds[" + i + "]";
            if (targetId.equals(sourceIds.get(i))) {
                throw new InvalidFieldException(field, "Không thể gộp kiến nghị vào chính nó");
            }
            Document source = open(sourceIds.get(i), field);
            if (!source.getString("unitCode").equals(target.getString("unitCode"))) {
                throw new InvalidFieldException(field, "Chỉ gộp được kiến nghị của cùng một đơn vị");
            }
        }
        Instant now = clock.instant();
        for (String sourceId : sourceIds) {
            Document source = store.find(sourceId).orElseThrow();
            List<Document> calls = source.getList("calls", Document.class, List.of());
            store.update(Filters.eq("_id", targetId), List.of(Updates.addEachToSet("calls", calls),
                    Updates.push("history", Escalations.history("MERGED_FROM", by, now).append("from", sourceId))), List.of());
            store.update(Filters.and(Filters.eq("_id", sourceId), Filters.eq("status", EscalationStatus.OPEN.name())),
                    List.of(Updates.set("status", EscalationStatus.MERGED.name()), Updates.set("mergedInto", targetId),
                            Updates.push("history", Escalations.history("MERGED_INTO", by, now).append("into", targetId))),
                    List.of());
        }
        Document merged = store.find(targetId).orElseThrow();
        store.update(Filters.eq("_id", targetId),
                List.of(Updates.set("callCount", merged.getList("calls", Document.class).size())), List.of());
        return store.find(targetId).orElseThrow();
    }

    /** Moves the given calls into a new escalation of the same unit (published to the unit like any other). */
    Document split(String id, List<String> callIds, String by) {
        Document e = open(id, "id");
        List<Document> calls = e.getList("calls", Document.class, List.of());
        Set<String> wanted = Set.copyOf(callIds);
        List<Document> moving = calls.stream().filter(c -> wanted.contains(c.getString("callId"))).toList();
        if (moving.size() != wanted.size()) {
            throw new InvalidFieldException("callIds", "Có mã cuộc gọi không thuộc kiến nghị này");
        }
        if (moving.size() == calls.size()) {
            throw new InvalidFieldException("callIds", "Phải để lại ít nhất một cuộc gọi trong kiến nghị gốc");
        }
        String newId = escalations.create(e.getString("unitCode"), e.getString("topic"), e.getString("locality"),
                moving.get(0).getString("question"), moving, "SPLIT_FROM " + id);
        Instant now = clock.instant();
        boolean ok = store.update(Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name())),
                List.of(Updates.pull("calls", Filters.in("callId", callIds)), Updates.inc("callCount", -moving.size()),
                        Updates.push("history", Escalations.history("SPLIT", by, now).append("into", newId)
                                .append("callIds", callIds))), List.of());
        if (!ok) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Kiến nghị vừa thay đổi trạng thái; tải lại");
        }
        return store.find(newId).orElseThrow();
    }

    Document reassign(String id, String unitCode, String reason, String by) {
        Document e = open(id, "id");
        Unit unit = directory.find(unitCode)
                .orElseThrow(() -> new InvalidFieldException("unitCode", "Không có đơn vị này trong danh bạ"));
        if (unitCode.equals(e.getString("unitCode"))) {
            throw new InvalidFieldException("unitCode", "Kiến nghị đã thuộc đơn vị này");
        }
        Instant now = clock.instant();
        Instant dueAt = properties.duePolicy().dueAt(now, unit.escalationDue());
        Document moved = new Document(e).append("unitCode", unitCode).append("dueAt", Date.from(dueAt));
        Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", EscalationStatus.OPEN.name()),
                Filters.eq("unitCode", e.getString("unitCode")));
        boolean ok = store.update(filter, List.of(Updates.set("unitCode", unitCode), Updates.set("dueAt", Date.from(dueAt)),
                Updates.set("overdueNotified", false),
                Updates.push("history", Escalations.history("REASSIGNED", by, now).append("from", e.getString("unitCode"))
                        .append("to", unitCode).append("reason", reason))), List.of(escalations.raisedEvent(moved, now)));
        if (!ok) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Kiến nghị vừa thay đổi; tải lại");
        }
        return store.find(id).orElseThrow();
    }

    private Document open(String id, String field) {
        Document e = store.find(id).orElseThrow(() -> "id".equals(field)
                ? new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy kiến nghị " + id)
                : new InvalidFieldException(field, "Không tìm thấy kiến nghị " + id));
        if (!EscalationStatus.OPEN.name().equals(e.getString("status"))) {
            if ("id".equals(field)) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Kiến nghị không còn mở (" + e.getString("status") + ")");
            }
            throw new InvalidFieldException(field, "Kiến nghị không còn mở (" + e.getString("status") + ")");
        }
        return e;
    }
}
