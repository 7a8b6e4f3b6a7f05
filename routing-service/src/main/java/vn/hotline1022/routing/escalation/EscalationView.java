package vn.hotline1022.routing.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.hotline1022.routing.escalation.domain.Escalation;
import vn.hotline1022.routing.escalation.domain.HistoryLine;

import java.time.Instant;

import java.util.Date;
import java.util.List;

/**
 * An escalation as units, supervisors and operators read it: the stored fields that are set (an unset one is left
 * out, not null), each history line, and the calls without their internals. Nothing of the outbox, the callbacks or
 * the merge and split bookkeeping. Times stay {@link Date}s: that is how they are stored and always went out, with
 * milliseconds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EscalationView(String id, String unitCode, String topic, String locality, String question, String status,
                      Date createdAt, Date dueAt, Integer callCount, String answer, String answeredBy, Date answeredAt,
                      String mergedInto, Boolean overdueNotified, List<HistoryLineView> history,
                      List<EscalatedCallView> calls) {

    /** One line of {@code history}: when, what and who always; the rest only for the actions that write it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistoryLineView(@JsonInclude(JsonInclude.Include.ALWAYS) Date at,
                           @JsonInclude(JsonInclude.Include.ALWAYS) String action,
                           @JsonInclude(JsonInclude.Include.ALWAYS) String by,
                           String unitCode, String from, String to, String into, String reason, List<String> callIds) {

        static HistoryLineView of(HistoryLine h) {
            return new HistoryLineView(date(h.at()), h.action(), h.by(), h.unitCode(), h.from(), h.to(), h.into(),
                    h.reason(), h.callIds());
        }
    }

    record EscalatedCallView(String callId, String question, Date askedAt) {
    }

    static EscalationView of(Escalation e) {
        List<HistoryLineView> history = e.history() == null ? null
                : e.history().stream().map(HistoryLineView::of).toList();
        return new EscalationView(e.id(), e.unitCode(), e.topic(), e.locality(), e.question(), e.status().name(),
                date(e.createdAt()), date(e.dueAt()), e.callCount(), e.answer(), e.answeredBy(), date(e.answeredAt()),
                e.mergedInto(), e.overdueNotified(), history, e.calls().stream().map(c -> new EscalatedCallView(
                        c.callId(), c.question(), date(c.askedAt()))).toList());
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
