package vn.hotline1022.reporting.staffing;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFactStore;
import vn.hotline1022.reporting.calls.ReceivedCall;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.staffing.domain.ServiceTarget;
import vn.hotline1022.reporting.staffing.domain.StaffingPlan;
import vn.hotline1022.reporting.staffing.domain.WeekOfCalls;

import java.time.LocalDate;

/**
 * Reads when each call in the range came in, who took it and how long it took, and leaves the rest to plain Java
 * ({@link WeekOfCalls}): hour-of-week grouping in the province's time zone works the same on every MongoDB.
 */
@Component
@RequiredArgsConstructor
class StaffingQuery {

    private final CallFactStore calls;
    private final SwitchboardCallStore switchboard;

    WeeklyStaffing staffing(LocalDate from, LocalDate to, ServiceTarget target) {
        WeekOfCalls week = new WeekOfCalls(from, to);
        for (ReceivedCall c : calls.receivedBetween(ProvinceTime.startOf(from), ProvinceTime.endOf(to))) {
            week.add(c.receivedAt(), c.operator(), c.handleSeconds());
        }
        // the switchboard's own figures, where it reports: callers who gave up count as arrivals, and their waits
        // give the callers' patience (Erlang A)
        switchboard.between(ProvinceTime.startOf(from), ProvinceTime.endOf(to),
                c -> week.addSwitchboardCall(c.ringingAt(), c.outcome(), c.waitSeconds()));
        double overall = week.overallAverageHandleSeconds();
        return new WeeklyStaffing(from, to, target.level(), (int) target.answerWithinSeconds(), week.totalCalls(),
                week.totalClosedCalls(), Double.isNaN(overall) ? null : Math.round(overall * 10) / 10.0,
                StaffingPlan.MIN_CLOSED_CALLS_PER_HOUR, StaffingPlan.of(week, target));
    }
}
