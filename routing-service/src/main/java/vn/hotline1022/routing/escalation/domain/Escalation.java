package vn.hotline1022.routing.escalation.domain;

import java.time.Instant;
import java.util.List;

/**
 * An escalation as stored: the question, its calls, its answer, its history and the bookkeeping of merges and
 * splits. {@code callCount}, {@code history} and {@code overdueNotified} stay null where the document has none, so
 * what is shown of it is exactly what is stored.
 */
public record Escalation(String id, String unitCode, String topic, String locality, String question,
                         EscalationStatus status, Instant createdAt, Instant dueAt, Integer callCount,
                         List<EscalatedCall> calls, List<HistoryLine> history, String answer, String answeredBy,
                         Instant answeredAt, String answerEventId, String mergedInto, String mergedBy,
                         boolean mergePending, List<String> mergedFrom, List<SplitIntent> splits,
                         Boolean overdueNotified) {

    public Escalation {
        calls = calls == null ? List.of() : List.copyOf(calls);
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        splits = splits == null ? List.of() : List.copyOf(splits);
    }

    /** A new open escalation, raised by {@code action} (RAISED, or SPLIT_FROM the source). */
    public static Escalation open(String id, String unit, String topic, String locality, String question,
                                  List<EscalatedCall> calls, Instant now, Instant dueAt, String action) {
        return new Escalation(id, unit, topic, locality, question, EscalationStatus.OPEN, now, dueAt, calls.size(),
                calls, List.of(HistoryLine.of(action, "routing-service", now).withUnit(unit)), null, null, null, null,
                null, null, false, null, null, null);
    }

    public boolean stillOpen() {
        return status == EscalationStatus.OPEN;
    }

    public int callsCounted() {
        return callCount == null ? 0 : callCount;
    }

    public boolean holds(String source, String callId) {
        return calls.stream().anyMatch(c -> source.equals(c.source()) || (callId != null && callId.equals(c.callId())));
    }

    /** The time of the last history line of this action, or the epoch when there is none. */
    public Instant lastTime(String action) {
        return (history == null ? List.<HistoryLine>of() : history).stream()
                .filter(h -> action.equals(h.action())).map(HistoryLine::at).reduce((a, b) -> b).orElse(Instant.EPOCH);
    }

    /** The same escalation as the unit will see it anew, for the {@code escalation.raised} it gets. */
    public Escalation withCount(int count) {
        return new Escalation(id, unitCode, topic, locality, question, status, createdAt, dueAt, count, calls, history,
                answer, answeredBy, answeredAt, answerEventId, mergedInto, mergedBy, mergePending, mergedFrom, splits,
                overdueNotified);
    }

    public Escalation movedTo(String unit, Instant due) {
        return new Escalation(id, unit, topic, locality, question, status, createdAt, due, callCount, calls, history,
                answer, answeredBy, answeredAt, answerEventId, mergedInto, mergedBy, mergePending, mergedFrom, splits,
                overdueNotified);
    }
}
