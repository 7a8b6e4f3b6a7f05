package vn.hotline1022.intake.callback;

import org.bson.Document;
import vn.hotline1022.intake.callback.domain.Callback;
import vn.hotline1022.intake.callback.domain.CallbackAttempt;
import vn.hotline1022.intake.callback.domain.CallbackStatus;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** {@code callbacks} documents and {@link Callback} records; a missed-call task keeps its own, shorter shape. */
final class CallbackDocuments {

    private CallbackDocuments() {
    }

    static Document toDocument(Callback c) {
        Document d = new Document("_id", c.id());
        if (c.missedCall()) {
            d.append("kind", c.kind()).append("switchboardCallId", c.switchboardCallId())
                    .append("callerNumber", c.callerNumber()).append("callStartedAt", date(c.callStartedAt()));
        } else {
            d.append("callId", c.callId()).append("escalationId", c.escalationId()).append("unitCode", c.unitCode())
                    .append("answer", c.answer()).append("question", c.question()).append("topic", c.topic())
                    .append("locality", c.locality()).append("callerNumber", c.callerNumber())
                    .append("callStartedAt", date(c.callStartedAt())).append("callOperator", c.callOperator());
        }
        d.append("status", c.status().name()).append("coveredBy", c.coveredBy())
                .append("attempts", c.attempts().stream().map(CallbackDocuments::toDocument).toList());
        if (!c.missedCall()) {
            d.append("answeredAt", date(c.answeredAt()));
        }
        return d.append("createdAt", date(c.createdAt())).append("updatedAt", date(c.updatedAt()));
    }

    static Callback toCallback(Document d) {
        return new Callback(d.getString("_id"), d.getString("kind"), d.getString("callId"), d.getString("escalationId"),
                d.getString("switchboardCallId"), d.getString("unitCode"), d.getString("answer"),
                d.getString("question"), d.getString("topic"), d.getString("locality"), d.getString("callerNumber"),
                instant(d, "callStartedAt"), d.getString("callOperator"), CallbackStatus.valueOf(d.getString("status")),
                d.getString("coveredBy"), d.getList("attempts", Document.class, List.of()).stream()
                .map(CallbackDocuments::toAttempt).toList(), instant(d, "answeredAt"), instant(d, "createdAt"),
                instant(d, "updatedAt"));
    }

    static Document toDocument(CallbackAttempt a) {
        return new Document("at", date(a.at())).append("by", a.by()).append("result", a.result())
                .append("note", a.note());
    }

    private static CallbackAttempt toAttempt(Document a) {
        return new CallbackAttempt(instant(a, "at"), a.getString("by"), a.getString("result"), a.getString("note"));
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
