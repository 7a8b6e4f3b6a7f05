package vn.hotline1022.routing.transfer;

import org.bson.Document;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.routing.transfer.domain.Transfer;
import vn.hotline1022.routing.transfer.domain.TransferAttempt;
import vn.hotline1022.routing.transfer.domain.TransferPlan;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** {@code transfers} documents and {@link Transfer} records; {@link TransferView} is what the API shows of one. */
final class TransferDocuments {

    private TransferDocuments() {
    }

    /** A transfer as first inserted: the plan, no attempts yet; the unit only when the plan names one. */
    static Document toDocument(Transfer t) {
        Document doc = new Document("_id", t.id()).append("callId", t.callId()).append("topic", t.topic())
                .append("locality", t.locality()).append("operator", t.operator())
                .append("createdAt", Date.from(t.createdAt())).append("status", t.status())
                .append("planStatus", t.planStatus()).append("reason", t.reason())
                .append("candidates", t.candidates().stream().map(TransferDocuments::candidate).toList())
                .append("cooling", t.cooling().stream().map(TransferDocuments::candidate).toList())
                .append("skipped", t.skipped().stream()
                        .map(s -> new Document("unitCode", s.unitCode()).append("reason", s.reason())).toList())
                .append("attempts", List.of()).append("attemptCount", 0);
        if (t.questionNo() != null) {
            doc.append("questionNo", t.questionNo());
        }
        if (t.unitCode() != null) {
            doc.append("unitCode", t.unitCode()).append("unitName", t.unitName());
            if (TransferPlan.Status.NOT_TRANSFERABLE.name().equals(t.planStatus())) {
                doc.append("alternative", t.alternative());
            }
        }
        return doc;
    }

    static Transfer toTransfer(Document d) {
        Date claimed = d.getDate("escalationClaimedAt");
        return new Transfer(d.getString("_id"), d.getString("callId"), d.getString("topic"), d.getString("locality"),
                d.getString("operator"), instant(d.getDate("createdAt")), d.getString("status"),
                d.getString("planStatus"), d.getString("reason"), candidates(d, "candidates"), candidates(d, "cooling"),
                d.getList("skipped", Document.class, List.of()).stream()
                        .map(s -> new TransferPlan.Skipped(s.getString("unitCode"), s.getString("reason"))).toList(),
                d.getList("attempts", Document.class, List.of()).stream().map(TransferDocuments::toAttempt).toList(),
                d.getInteger("questionNo"), d.getString("unitCode"), d.getString("unitName"),
                d.getString("alternative"), d.getList("wrongUnits", String.class, List.of()),
                d.getString("escalationId"), d.getString("escalationQuestion"), d.getString("escalationUnit"),
                instant(claimed));
    }

    static Document toDocument(TransferAttempt a) {
        return new Document("n", a.n()).append("number", a.number()).append("unitCode", a.unitCode())
                .append("outcome", a.outcome()).append("by", a.by()).append("at", Date.from(a.at()))
                .append("ctiCallId", a.ctiCallId());
    }

    private static TransferAttempt toAttempt(Document a) {
        return new TransferAttempt(a.getInteger("n", 0), PhoneNumbers.stored(a.getString("number")),
                a.getString("unitCode"),
                a.getString("outcome"), a.getString("by"), instant(a.getDate("at")), a.getString("ctiCallId"));
    }

    private static List<Candidate> candidates(Document d, String field) {
        return d.getList(field, Document.class, List.of()).stream()
                .map(c -> new Candidate(c.getString("unitCode"), PhoneNumbers.stored(c.getString("number")),
                        c.getString("label"),
                        c.getString("lineType"), c.getInteger("priority", 1))).toList();
    }

    private static Document candidate(Candidate c) {
        return new Document("unitCode", c.unitCode()).append("number", c.number()).append("label", c.label())
                .append("lineType", c.lineType()).append("priority", c.priority());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
