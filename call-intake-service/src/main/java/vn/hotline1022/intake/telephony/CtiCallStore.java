package vn.hotline1022.intake.telephony;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.telephony.domain.CtiCall;
import vn.hotline1022.intake.telephony.domain.CtiEvent;
import vn.hotline1022.support.mongo.Inserts;
import vn.hotline1022.support.outbox.OutboxDocuments;
import vn.hotline1022.support.outbox.OutboxEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cti_calls}: one document per switchboard call. A write is guarded by the revision it was read at, so two
 * events of the same call handled at once never overwrite each other (the loser re-reads and re-applies).
 */
@Component
class CtiCallStore {

    private final MongoCollection<Document> calls;
    private final OutboxDocuments outbox;

    CtiCallStore(MongoDatabase database, OutboxDocuments outbox) {
        this.outbox = outbox;
        this.calls = database.getCollection("cti_calls");
        calls.createIndex(new Document("ringingAt", -1));
        calls.createIndex(new Document("operator", 1).append("answeredAt", -1));
    }

    Optional<CtiCall> find(String id) {
        return Optional.ofNullable(calls.find(Filters.eq("_id", id)).first()).map(CtiCallStore::toCall);
    }

    /**
     * Inserts a first version (rev 1) or updates the version read, with the events of that change in the same
     * document write (its outbox); false when someone else wrote in between. The update sets the call's fields and
     * never replaces the document, so events still waiting in its outbox stay there.
     */
    boolean save(CtiCall before, CtiCall after, List<OutboxEvent<?>> events) {
        Document doc = toDocument(after, before.rev() + 1);
        if (before.rev() == 0) {
            if (!events.isEmpty()) {
                doc.putAll(outbox.initial(events));
            }
            return Inserts.ifAbsent(calls, doc);
        }
        List<Bson> changes = new ArrayList<>();
        doc.forEach((field, value) -> {
            if (!"_id".equals(field)) {
                changes.add(Updates.set(field, value));
            }
        });
        if (!events.isEmpty()) {
            changes.add(outbox.appendAll(events));
        }
        return calls.updateOne(Filters.and(Filters.eq("_id", after.id()), Filters.eq("rev", before.rev())),
                Updates.combine(changes)).getModifiedCount() == 1;
    }

    boolean save(CtiCall before, CtiCall after) {
        return save(before, after, List.of());
    }

    List<CtiCall> answeredBy(String operator, Instant since) {
        List<CtiCall> out = new ArrayList<>();
        calls.find(Filters.and(Filters.eq("operator", operator), Filters.gte("answeredAt", Date.from(since)),
                        Filters.eq("intakeCallId", null)))
                .sort(Sorts.descending("answeredAt")).limit(10).forEach(d -> out.add(toCall(d)));
        return out;
    }

    List<CtiCall> since(Instant from) {
        List<CtiCall> out = new ArrayList<>();
        calls.find(Filters.gte("ringingAt", Date.from(from))).forEach(d -> out.add(toCall(d)));
        return out;
    }

    private static Document toDocument(CtiCall c, long rev) {
        return new Document("_id", c.id()).append("switchboard", c.switchboard()).append("callId", c.callId())
                .append("direction", c.direction().name()).append("callerNumber", c.callerNumber())
                .append("queue", c.queue()).append("users", c.users())
                .append("ringingAt", date(c.ringingAt())).append("answeredAt", date(c.answeredAt()))
                .append("endedAt", date(c.endedAt())).append("cause", c.cause() == null ? null : c.cause().name())
                .append("answeringNumber", c.answeringNumber()).append("operator", c.operator())
                .append("blocked", c.blocked()).append("missed", c.missed())
                .append("seen", c.seen().stream().map(Enum::name).toList())
                .append("intakeCallId", c.intakeCallId()).append("rev", rev);
    }

    private static CtiCall toCall(Document d) {
        Set<CtiEvent.Kind> seen = EnumSet.noneOf(CtiEvent.Kind.class);
        d.getList("seen", String.class, List.of()).forEach(k -> seen.add(CtiEvent.Kind.valueOf(k)));
        String cause = d.getString("cause");
        return new CtiCall(d.getString("_id"), d.getString("switchboard"), d.getString("callId"),
                CtiEvent.Direction.valueOf(d.getString("direction")), d.getString("callerNumber"), d.getString("queue"),
                d.getList("users", String.class, List.of()), instant(d.getDate("ringingAt")),
                instant(d.getDate("answeredAt")), instant(d.getDate("endedAt")),
                cause == null ? null : CtiEvent.Cause.valueOf(cause), d.getString("answeringNumber"),
                d.getString("operator"), d.getBoolean("blocked", false), seen, d.getString("intakeCallId"),
                d.get("rev", Number.class) == null ? 1 : d.get("rev", Number.class).longValue());
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
