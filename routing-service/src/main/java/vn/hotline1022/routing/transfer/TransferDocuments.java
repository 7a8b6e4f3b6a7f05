package vn.hotline1022.routing.transfer;

import org.bson.Document;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.routing.transfer.domain.TransferPlan;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Transfer document layout; {@link TransferView} is what the API shows of it. */
final class TransferDocuments {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String CONNECTED = "CONNECTED";
    static final String ALL_FAILED = "ALL_FAILED";
    static final String ESCALATED = "ESCALATED";

    private TransferDocuments() {
    }

    static Document newTransfer(String id, NewTransferRequest r, String operator, TransferPlan plan, Instant now) {
        String status = plan.status() == TransferPlan.Status.READY ? IN_PROGRESS : plan.status().name();
        Document doc = new Document("_id", id).append("callId", r.callId()).append("topic", r.topic())
                .append("locality", r.locality()).append("operator", operator).append("createdAt", Date.from(now))
                .append("status", status).append("planStatus", plan.status().name())
                .append("reason", plan.reason())
                .append("candidates", plan.candidates().stream().map(TransferDocuments::candidate).toList())
                .append("cooling", plan.cooling().stream().map(TransferDocuments::candidate).toList())
                .append("skipped", plan.skipped().stream()
                        .map(s -> new Document("unitCode", s.unitCode()).append("reason", s.reason())).toList())
                .append("attempts", List.of()).append("attemptCount", 0);
        if (r.questionNo() != null && r.questionNo() > 1) {
            doc.append("questionNo", r.questionNo());
        }
        if (plan.unit() != null) {
            doc.append("unitCode", plan.unit().code()).append("unitName", plan.unit().name());
            if (plan.status() == TransferPlan.Status.NOT_TRANSFERABLE) {
                doc.append("alternative", plan.unit().alternative());
            }
        }
        return doc;
    }

    static List<Candidate> candidates(Document transfer) {
        return transfer.getList("candidates", Document.class, List.of()).stream()
                .map(d -> new Candidate(d.getString("unitCode"), d.getString("number"), d.getString("label"),
                        d.getString("lineType"), d.getInteger("priority", 1))).toList();
    }

    static Set<String> triedNumbers(Document transfer) {
        return transfer.getList("attempts", Document.class, List.of()).stream().map(a -> a.getString("number"))
                .collect(Collectors.toSet());
    }

    /** Units an operator reached and found not responsible: the rest of their numbers are skipped. */
    static Set<String> wrongUnits(Document transfer) {
        return new java.util.LinkedHashSet<>(transfer.getList("wrongUnits", String.class, List.of()));
    }

    private static Document candidate(Candidate c) {
        return new Document("unitCode", c.unitCode()).append("number", c.number()).append("label", c.label())
                .append("lineType", c.lineType()).append("priority", c.priority());
    }
}
