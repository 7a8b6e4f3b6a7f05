package vn.hotline1022.routing.directory.domain;

import java.time.LocalTime;

/** A unit's own answer deadline: this many working days after the question, at this local time. */
public record EscalationDue(int workingDays, LocalTime time) {

    public EscalationDue {
        if (workingDays < 0 || workingDays > 30 || time == null) {
            throw new IllegalArgumentException("escalationDue");
        }
    }
}
