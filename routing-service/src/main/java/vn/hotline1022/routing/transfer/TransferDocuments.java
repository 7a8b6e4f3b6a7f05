package vn.hotline1022.routing.transfer;

import org.bson.Document;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.routing.transfer.domain.TransferPlan;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Transfer document layout and its API view (numbers shown as operators read them aloud). */
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

    /** What the console shows: the plan, what was tried, the next number to dial, or the way out. */
    static Map<String, Object> view(Document t) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String k : List.of("callId", "status", "unitCode", "unitName", "reason", "alternative", "escalationId")) {
            if (t.get(k) != null) {
                v.put(k, t.get(k));
            }
        }
        v.put("id", t.getString("_id"));
        List<Candidate> candidates = candidates(t);
        Set<String> tried = triedNumbers(t);
        v.put("candidates", candidates.stream().map(TransferDocuments::candidateView).toList());
        v.put("cooling", t.getList("cooling", Document.class, List.of()).stream()
                .map(d -> Map.of("unitCode", d.getString("unitCode"), "number", PhoneNumbers.display(d.getString("number")),
                        "label", d.getString("label"))).toList());
        v.put("skippedUnits", t.getList("skipped", Document.class, List.of()));
        v.put("attempts", t.getList("attempts", Document.class, List.of()).stream()
                .map(a -> Map.of("n", a.get("n"), "number", PhoneNumbers.display(a.getString("number")),
                        "unitCode", a.getString("unitCode"), "outcome", a.getString("outcome"))).toList());
        Set<String> wrong = wrongUnits(t);
        v.put("wrongUnits", List.copyOf(wrong));
        if (IN_PROGRESS.equals(t.getString("status"))) {
            candidates.stream().filter(c -> !tried.contains(c.number()) && !wrong.contains(c.unitCode())).findFirst()
                    .ifPresent(c -> v.put("next", candidateView(c)));
        }
        if (!IN_PROGRESS.equals(t.getString("status")) && !CONNECTED.equals(t.getString("status"))
                && t.get("escalationId") == null) {
            v.put("message", ALL_FAILED.equals(t.getString("status"))
                    ? (wrong.contains(t.getString("unitCode"))
                        ? "Đơn vị phụ trách theo quy tắc không phải đơn vị đúng và không còn đơn vị nào khác. Chọn đơn vị nhận kiến nghị trong danh bạ."
                        : "Tất cả số đều không liên lạc được. Ghi lại câu hỏi và chuyển kiến nghị lên đơn vị.")
                    : "Không chuyển được cuộc gọi. Trả lời từ cơ sở tri thức hoặc chuyển kiến nghị lên đơn vị.");
            v.put("escalate", Map.of("method", "POST", "href", "/api/transfers/" + t.getString("_id") + "/escalate"));
        }
        return v;
    }

    /** Units an operator reached and found not responsible: the rest of their numbers are skipped. */
    static Set<String> wrongUnits(Document transfer) {
        return new java.util.LinkedHashSet<>(transfer.getList("wrongUnits", String.class, List.of()));
    }

    private static Map<String, Object> candidateView(Candidate c) {
        return Map.of("unitCode", c.unitCode(), "number", PhoneNumbers.display(c.number()), "label", c.label(),
                "lineType", c.lineType(), "priority", c.priority());
    }

    private static Document candidate(Candidate c) {
        return new Document("unitCode", c.unitCode()).append("number", c.number()).append("label", c.label())
                .append("lineType", c.lineType()).append("priority", c.priority());
    }
}
