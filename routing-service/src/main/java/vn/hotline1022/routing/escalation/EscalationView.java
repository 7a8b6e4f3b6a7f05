package vn.hotline1022.routing.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bson.Document;

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

        static HistoryLineView of(Document h) {
            return new HistoryLineView(h.getDate("at"), h.getString("action"), h.getString("by"),
                    h.getString("unitCode"), h.getString("from"), h.getString("to"), h.getString("into"),
                    h.getString("reason"), h.getList("callIds", String.class));
        }
    }

    record EscalatedCallView(String callId, String question, Date askedAt) {
    }

    static EscalationView of(Document e) {
        List<Document> lines = e.getList("history", Document.class);
        List<HistoryLineView> history = lines == null ? null : lines.stream().map(HistoryLineView::of).toList();
        return new EscalationView(e.getString("_id"), e.getString("unitCode"), e.getString("topic"),
                e.getString("locality"), e.getString("question"), e.getString("status"), e.getDate("createdAt"),
                e.getDate("dueAt"), e.getInteger("callCount"), e.getString("answer"), e.getString("answeredBy"),
                e.getDate("answeredAt"), e.getString("mergedInto"), e.getBoolean("overdueNotified"), history,
                e.getList("calls", Document.class, List.of()).stream().map(c -> new EscalatedCallView(
                        c.getString("callId"), c.getString("question"), c.getDate("askedAt"))).toList());
    }
}
