package vn.hotline1022.routing.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.hotline1022.contracts.text.Messages;
import vn.hotline1022.routing.directory.domain.PhoneNumbers;
import vn.hotline1022.routing.transfer.domain.Candidate;
import vn.hotline1022.routing.transfer.domain.Transfer;

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

    static TransferView of(Transfer t) {
        return of(t, false);
    }

    /** @param english the operator's console asked for English ({@code Accept-Language}); Vietnamese otherwise */
    static TransferView of(Transfer t, boolean english) {
        String status = t.status();
        List<Candidate> candidates = t.candidates();
        Set<String> tried = t.triedNumbers();
        Set<String> wrong = t.wrongUnitSet();
        CandidateView next = !Transfer.IN_PROGRESS.equals(status) ? null : candidates.stream()
                .filter(c -> !tried.contains(c.number()) && !wrong.contains(c.unitCode())).findFirst()
                .map(CandidateView::of).orElse(null);
        boolean stuck = !Transfer.IN_PROGRESS.equals(status) && !Transfer.CONNECTED.equals(status)
                && t.escalationId() == null;
        return new TransferView(t.callId(), status, t.unitCode(), t.unitName(), t.reason(), t.alternative(),
                t.escalationId(), t.id(), candidates.stream().map(CandidateView::of).toList(),
                t.cooling().stream().map(c -> new CoolingView(c.unitCode(), PhoneNumbers.display(c.number()),
                        c.label())).toList(),
                t.skipped().stream().map(s -> new SkippedView(s.unitCode(), s.reason())).toList(),
                t.attempts().stream().map(a -> new AttemptView(a.n(), PhoneNumbers.display(a.number()), a.unitCode(),
                        a.outcome(), a.ctiCallId() == null ? null : Boolean.TRUE)).toList(),
                List.copyOf(wrong), next, stuck ? Messages.text(message(t, wrong), english) : null,
                stuck ? new EscalateLink("POST", "/api/transfers/" + t.id() + "/escalate") : null);
    }

    /** What the operator should do now that the transfer is stuck, as a code of the message bundle. */
    private static String message(Transfer t, Set<String> wrong) {
        if (!Transfer.ALL_FAILED.equals(t.status())) {
            return "routing.transfer.stuck.not-transferred";
        }
        return wrong.contains(t.unitCode()) ? "routing.transfer.stuck.wrong-unit" : "routing.transfer.stuck.all-failed";
    }
}
