package vn.hotline1022.reporting.summary;

import vn.hotline1022.reporting.escalations.EscalationFact;
import vn.hotline1022.reporting.figures.Percentiles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Escalations per unit: open, answered, overdue (reported overdue by routing, or past due and still open) and
 * the share answered by the deadline.
 */
public final class EscalationFigures {

    private EscalationFigures() {
    }

    public static List<Summary.UnitEscalations> byUnit(List<EscalationFact> escalations, Instant now) {
        Map<String, long[]> units = new TreeMap<>(); // total, open, answered, overdue, onTime
        for (EscalationFact e : escalations) {
            long[] u = units.computeIfAbsent(e.unitCode(), k -> new long[5]);
            boolean answered = e.answered();
            Instant due = e.dueAt();
            Instant answeredAt = e.answeredAt();
            boolean reportedOverdue = e.overdue();
            u[0]++;
            u[1] += answered ? 0 : 1;
            u[2] += answered ? 1 : 0;
            u[3] += !answered && (reportedOverdue || (due != null && due.isBefore(now))) ? 1 : 0;
            boolean onTime = due != null && answeredAt != null ? !answeredAt.isAfter(due) : !reportedOverdue;
            u[4] += answered && onTime ? 1 : 0;
        }
        List<Summary.UnitEscalations> result = new ArrayList<>();
        units.forEach((unit, u) -> result.add(new Summary.UnitEscalations(unit, u[0], u[1], u[2], u[3], u[4],
                SummaryQuery.round(Percentiles.ratio(u[4], u[2])))));
        return result;
    }
}
