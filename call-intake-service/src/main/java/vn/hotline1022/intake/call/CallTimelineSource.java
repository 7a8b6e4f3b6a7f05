package vn.hotline1022.intake.call;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.intake.call.domain.Call;
import vn.hotline1022.intake.domain.TimelineEntry;
import vn.hotline1022.support.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The events of one call as timeline entries, after the object rule (the operator's own call, or a supervisor):
 * received, each further question and how each was settled, transfers that reached nobody, and closed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CallTimelineSource {

    private final CallService calls;

    public List<TimelineEntry> owned(String callId, CurrentUser user) {
        Call call = calls.owned(callId, user);
        List<TimelineEntry> out = new ArrayList<>();
        out.add(new TimelineEntry(call.startedAt(), call.operator(), "RECEIVED", call.question()));
        // a question settled before the close, then the next one asked (same instant: settled first)
        call.questions().stream().filter(q -> q.outcome() != null && q.settledAt() != null
                        && (call.endedAt() == null || q.settledAt().isBefore(call.endedAt())))
                .forEach(q -> out.add(new TimelineEntry(q.settledAt(), call.operator(), "QUESTION_" + q.outcome().name(),
                        q.no() + ". " + q.text())));
        call.questions().stream().skip(1).forEach(q -> out.add(new TimelineEntry(q.askedAt(), call.operator(), "QUESTION",
                q.no() + ". " + q.text())));
        call.failedTransfers().forEach(f -> out.add(new TimelineEntry(f.at(), "routing", "TRANSFER_FAILED",
                f.unitCode() + " (" + f.attempts() + ")")));
        if (call.outcome() != null) {
            out.add(new TimelineEntry(call.endedAt(), call.closedBy(), "CLOSED", call.outcome().name()
                    + (call.unitCode() == null ? "" : " · " + call.unitCode())));
        }
        return out;
    }
}
