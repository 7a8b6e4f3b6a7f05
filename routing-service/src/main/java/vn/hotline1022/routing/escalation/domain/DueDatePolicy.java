package vn.hotline1022.routing.escalation.domain;

import vn.hotline1022.routing.directory.domain.EscalationDue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** By default: the next working day (Mon–Fri, not a listed holiday) at 17:00 local time. */
public record DueDatePolicy(ZoneId zone, EscalationDue defaultDue, Set<LocalDate> holidays) {

    public DueDatePolicy {
        holidays = Set.copyOf(holidays == null ? Set.of() : holidays);
    }

    public Instant dueAt(Instant raisedAt, EscalationDue unitDue) {
        EscalationDue due = unitDue == null ? defaultDue : unitDue;
        LocalDate day = raisedAt.atZone(zone).toLocalDate();
        for (int left = due.workingDays(); left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day.atTime(due.time()).atZone(zone).toInstant();
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
