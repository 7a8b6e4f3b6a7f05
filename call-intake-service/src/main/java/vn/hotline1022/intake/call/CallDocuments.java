package vn.hotline1022.intake.call;

import org.bson.Document;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.call.domain.CallStatus;
import vn.hotline1022.intake.call.domain.Channel;
import vn.hotline1022.intake.call.domain.FailedTransfer;
import vn.hotline1022.intake.call.domain.Outcome;
import vn.hotline1022.intake.call.domain.Question;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Maps a {@link Call} to its MongoDB document and back (field names are the stored schema). */
final class CallDocuments {

    static final String REQUEST_HASH = "requestHash";
    static final String FAILED_TRANSFERS = "failedTransfers";
    static final String QUESTIONS = "questions";

    private CallDocuments() {
    }

    static Document toDocument(Call c, String requestHash) {
        return new Document("_id", c.id())
                .append("callerNumber", c.callerNumber())
                .append("withheld", c.withheld())
                .append("channel", c.channel().name())
                .append("locality", c.locality())
                .append("provinceName", c.provinceName())
                .append("topic", c.topic())
                .append("question", c.question())
                .append("notes", c.notes())
                .append("operator", c.operator())
                .append("startedAt", Date.from(c.startedAt()))
                .append("repeatCaller", c.repeatCaller())
                .append("status", c.status().name())
                .append(QUESTIONS, questions(c))
                .append(REQUEST_HASH, requestHash);
    }

    /** The fields a close sets. */
    static Document closedFields(Call c) {
        return new Document("status", c.status().name())
                .append("outcome", c.outcome().name())
                .append("kbEntryId", c.kbEntryId())
                .append("unitCode", c.unitCode())
                .append("transferNumber", c.transferNumber())
                .append("notes", c.notes())
                .append("endedAt", Date.from(c.endedAt()))
                .append("handleSeconds", c.handleSeconds())
                .append("closedBy", c.closedBy())
                .append(QUESTIONS, questions(c));
    }

    static List<Document> questions(Call c) {
        return c.questions().stream().map(CallDocuments::toDocument).toList();
    }

    private static Document toDocument(Question q) {
        return new Document("no", q.no()).append("text", q.text()).append("topic", q.topic())
                .append("outcome", q.outcome() == null ? null : q.outcome().name())
                .append("kbEntryId", q.kbEntryId()).append("unitCode", q.unitCode())
                .append("askedAt", date(q.askedAt())).append("settledAt", date(q.settledAt()));
    }

    /** Calls stored before questions were kept have no list: the record derives their one question. */
    private static Question toQuestion(Document d) {
        String outcome = d.getString("outcome");
        return new Question(d.getInteger("no", 1), d.getString("text"), d.getString("topic"),
                outcome == null ? null : Outcome.valueOf(outcome), d.getString("kbEntryId"), d.getString("unitCode"),
                instant(d.getDate("askedAt")), instant(d.getDate("settledAt")));
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    static Call toCall(Document d) {
        String outcome = d.getString("outcome");
        Number handle = d.get("handleSeconds", Number.class);
        return new Call(d.getString("_id"), d.getString("callerNumber"), d.getBoolean("withheld", false),
                Channel.valueOf(d.getString("channel")), d.getString("locality"), d.getString("provinceName"),
                d.getString("topic"), d.getString("question"), d.getString("notes"), d.getString("operator"),
                instant(d.getDate("startedAt")), d.getBoolean("repeatCaller", false),
                CallStatus.valueOf(d.getString("status")), outcome == null ? null : Outcome.valueOf(outcome),
                d.getString("kbEntryId"), d.getString("unitCode"), d.getString("transferNumber"),
                instant(d.getDate("endedAt")), handle == null ? null : handle.longValue(), d.getString("closedBy"),
                d.getList(FAILED_TRANSFERS, Document.class, List.of()).stream().map(CallDocuments::toFailedTransfer).toList(),
                d.getList(QUESTIONS, Document.class, List.of()).stream().map(CallDocuments::toQuestion).toList());
    }

    static Document toDocument(FailedTransfer t) {
        return new Document("transferId", t.transferId()).append("unitCode", t.unitCode())
                .append("attempts", t.attempts()).append("at", Date.from(t.at()));
    }

    private static FailedTransfer toFailedTransfer(Document d) {
        return new FailedTransfer(d.getString("transferId"), d.getString("unitCode"), d.getInteger("attempts", 0),
                instant(d.getDate("at")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
