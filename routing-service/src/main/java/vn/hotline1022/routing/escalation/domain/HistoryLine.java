package vn.hotline1022.routing.escalation.domain;

import java.time.Instant;
import java.util.List;

/** One line of an escalation's history: when, what and who always; the rest only for the actions that name it. */
public record HistoryLine(Instant at, String action, String by, String unitCode, String from, String to, String into,
                          String reason, List<String> callIds) {

    public static HistoryLine of(String action, String by, Instant at) {
        return new HistoryLine(at, action, by, null, null, null, null, null, null);
    }

    public HistoryLine withUnit(String unit) {
        return new HistoryLine(at, action, by, unit, from, to, into, reason, callIds);
    }

    public HistoryLine movedFrom(String source, List<String> calls) {
        return new HistoryLine(at, action, by, unitCode, source, to, into, reason, calls);
    }

    public HistoryLine movedInto(String target, List<String> calls) {
        return new HistoryLine(at, action, by, unitCode, from, to, target, reason, calls);
    }

    public HistoryLine reassigned(String fromUnit, String toUnit, String why) {
        return new HistoryLine(at, action, by, unitCode, fromUnit, toUnit, into, why, callIds);
    }

    public HistoryLine because(String why) {
        return new HistoryLine(at, action, by, unitCode, from, to, into, why, callIds);
    }
}
