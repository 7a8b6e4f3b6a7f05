package vn.hotline1022.routing.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.transfer.domain.Candidate;

import java.util.List;
import java.util.Set;

/**
 * What the console shows of a transfer: the plan, what was tried, the next number to dial, or the way out. Numbers
 * are written as operators read them aloud. A field that does not apply is left out, not null: the console asks
 * whether {@code next} and {@code escalate} are there, and clients have always seen it that way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TransferView(String callId, String status, String unitCode, String unitName, String reason, String alternative,
                    String escalationId, String id, List<CandidateView> candidates, List<CoolingView> cooling,
                    List<SkippedView> skippedUnits, List<AttemptView> attempts, List<String> wrongUnits,
                    CandidateView next, String message, EscalateLink escalate) {

    record CandidateView(String unitCode, String number, String label, String lineType, int priority) {

        static CandidateView of(Candidate c) {
            return new CandidateView(c.unitCode(), PhoneNumbers.display(c.number()), c.label(), c.lineType(),
                    c.priority());
        }
    }

    record CoolingView(String unitCode, String number, String label) {
    }

    record SkippedView(String unitCode, String reason) {
    }

    /** {@code bySwitchboard}: recorded from the switchboard's report of the dial, not from a button (absent then). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttemptView(int n, String number, String unitCode, String outcome, Boolean bySwitchboard) {
    }

    record EscalateLink(String method, String href) {
    }

    static TransferView of(Document t) {
        String status = t.getString("status");
        List<Candidate> candidates = TransferDocuments.candidates(t);
        Set<String> tried = TransferDocuments.triedNumbers(t);
        Set<String> wrong = TransferDocuments.wrongUnits(t);
        CandidateView next = !TransferDocuments.IN_PROGRESS.equals(status) ? null : candidates.stream()
                .filter(c -> !tried.contains(c.number()) && !wrong.contains(c.unitCode())).findFirst()
                .map(CandidateView::of).orElse(null);
        boolean stuck = !TransferDocuments.IN_PROGRESS.equals(status) && !TransferDocuments.CONNECTED.equals(status)
                && t.get("escalationId") == null;
        return new TransferView(t.getString("callId"), status, t.getString("unitCode"), t.getString("unitName"),
                t.getString("reason"), t.getString("alternative"), t.getString("escalationId"), t.getString("_id"),
                candidates.stream().map(CandidateView::of).toList(), cooling(t), skipped(t), attempts(t),
                List.copyOf(wrong), next, stuck ? message(t, wrong) : null,
                stuck ? new EscalateLink("POST", "/api/transfers/" + t.getString("_id") + "/escalate") : null);
    }

    private static String message(Document t, Set<String> wrong) {
        if (!TransferDocuments.ALL_FAILED.equals(t.getString("status"))) {
            return "Không chuyển được cuộc gọi. Trả lời từ cơ sở tri thức hoặc chuyển kiến nghị lên đơn vị.";
        }
        return wrong.contains(t.getString("unitCode"))
                ? "Đơn vị phụ trách theo quy tắc không phải đơn vị đúng và không còn đơn vị nào khác. Chọn đơn vị nhận kiến nghị trong danh bạ."
                : "Tất cả số đều không liên lạc được. Ghi lại câu hỏi và chuyển kiến nghị lên đơn vị.";
    }

    private static List<CoolingView> cooling(Document t) {
        return t.getList("cooling", Document.class, List.of()).stream().map(d -> new CoolingView(d.getString("unitCode"),
                PhoneNumbers.display(d.getString("number")), d.getString("label"))).toList();
    }

    private static List<SkippedView> skipped(Document t) {
        return t.getList("skipped", Document.class, List.of()).stream()
                .map(d -> new SkippedView(d.getString("unitCode"), d.getString("reason"))).toList();
    }

    private static List<AttemptView> attempts(Document t) {
        return t.getList("attempts", Document.class, List.of()).stream().map(a -> new AttemptView(a.getInteger("n"),
                PhoneNumbers.display(a.getString("number")), a.getString("unitCode"), a.getString("outcome"),
                a.getString("ctiCallId") == null ? null : Boolean.TRUE)).toList();
    }
}
