package vn.hotline1022.routing.escalation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline1022.routing.escalation.domain.EscalatedCall;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.EscalationStatus;
import vn.hotline1022.routing.escalation.domain.HistoryLine;
import vn.hotline1022.routing.escalation.domain.SplitIntent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** {@code escalations} documents and {@link Escalation} records. Times are stored as dates (milliseconds). */
final class EscalationDocuments {

    private EscalationDocuments() {
    }

    /** A new escalation as inserted; the answer and the merge and split fields come later, by update. */
    static Document toDocument(Escalation e) {
        return new Document("_id", e.id()).append("unitCode", e.unitCode()).append("topic", e.topic())
                .append("locality", e.locality()).append("question", e.question())
                .append("status", e.status().name()).append("createdAt", date(e.createdAt()))
                .append("dueAt", date(e.dueAt())).append("calls", calls(e.calls())).append("callCount", e.callCount())
                .append("history", e.history().stream().map(EscalationDocuments::toDocument).toList());
    }

    static Escalation toEscalation(Document d) {
        List<Document> lines = d.getList("history", Document.class);
        return new Escalation(d.getString("_id"), d.getString("unitCode"), d.getString("topic"),
                d.getString("locality"), d.getString("question"), EscalationStatus.valueOf(d.getString("status")),
                instant(d, "createdAt"), instant(d, "dueAt"), d.getInteger("callCount"),
                d.getList("calls", Document.class, List.of()).stream().map(EscalationDocuments::toCall).toList(),
                lines == null ? null : lines.stream().map(EscalationDocuments::toLine).toList(), d.getString("answer"),
                d.getString("answeredBy"), instant(d, "answeredAt"), d.getString("answerEventId"),
                d.getString("mergedInto"), d.getString("mergedBy"), d.getBoolean("mergePending", false),
                d.getList("mergedFrom", String.class, List.of()),
                d.getList("splits", Document.class, List.of()).stream().map(EscalationDocuments::toSplit).toList(),
                d.getBoolean("overdueNotified"));
    }

    static List<Document> calls(List<EscalatedCall> calls) {
        return new ArrayList<>(calls.stream().map(EscalationDocuments::toDocument).toList());
    }

    static Document toDocument(EscalatedCall c) {
        Document d = new Document("callId", c.callId()).append("question", c.question())
                .append("askedAt", date(c.askedAt())).append("source", c.source());
        return c.questionNo() != null ? d.append("questionNo", c.questionNo()) : d;
    }

    private static EscalatedCall toCall(Document c) {
        return new EscalatedCall(c.getString("callId"), c.getString("question"), instant(c, "askedAt"),
                c.getString("source"), c.getInteger("questionNo"));
    }

    /** The filter of an open escalation. */
    static Bson open() {
        return Filters.eq("status", EscalationStatus.OPEN.name());
    }

    /** Still open, with the calls counted when it was read. */
    static Bson guarded(Escalation seen) {
        return Filters.and(Filters.eq("_id", seen.id()), open(), Filters.eq("callCount", seen.callCount()));
    }

    /** The update that adds a line to the history. */
    static Bson history(HistoryLine line) {
        return Updates.push("history", EscalationDocuments.toDocument(line));
    }

    /** A history line with only the fields its action names. */
    static Document toDocument(HistoryLine h) {
        Document d = history(h.action(), h.by(), h.at());
        optional(d, "unitCode", h.unitCode());
        optional(d, "from", h.from());
        optional(d, "to", h.to());
        optional(d, "into", h.into());
        optional(d, "reason", h.reason());
        optional(d, "callIds", h.callIds());
        return d;
    }

    /** The three fields every history line has. */
    static Document history(String action, String by, Instant at) {
        return new Document("at", date(at)).append("action", action).append("by", by);
    }

    private static HistoryLine toLine(Document h) {
        return new HistoryLine(instant(h, "at"), h.getString("action"), h.getString("by"), h.getString("unitCode"),
                h.getString("from"), h.getString("to"), h.getString("into"), h.getString("reason"),
                h.getList("callIds", String.class));
    }

    static Document toDocument(SplitIntent s) {
        return new Document("into", s.into()).append("callIds", s.callIds()).append("calls", calls(s.calls()))
                .append("by", s.by()).append("at", date(s.at())).append("applied", s.applied());
    }

    private static SplitIntent toSplit(Document s) {
        return new SplitIntent(s.getString("into"), s.getList("callIds", String.class),
                s.getList("calls", Document.class, List.of()).stream().map(EscalationDocuments::toCall).toList(),
                s.getString("by"), instant(s, "at"), s.getBoolean("applied", false));
    }

    private static void optional(Document d, String field, Object value) {
        if (value != null) {
            d.append(field, value);
        }
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
