package vn.hotline1022.reporting.staffing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.calls.CallFacts;
import vn.hotline1022.reporting.figures.ProvinceTime;
import vn.hotline1022.reporting.staffing.domain.ServiceTarget;
import vn.hotline1022.reporting.staffing.domain.StaffingPlan;
import vn.hotline1022.reporting.staffing.domain.WeekOfCalls;

import java.time.LocalDate;
import java.util.Date;

/**
 * Reads the three fields staffing needs from each call received in the range and leaves the rest to plain Java
 * ({@link WeekOfCalls}): hour-of-week grouping in the province's time zone works the same on every MongoDB.
 */
@Component
class StaffingQuery {

    private final MongoCollection<Document> calls;
    private final SwitchboardCalls switchboard;

    StaffingQuery(CallFacts calls, SwitchboardCalls switchboard) {
        this.calls = calls.collection();
        this.switchboard = switchboard;
    }

    WeeklyStaffing staffing(LocalDate from, LocalDate to, ServiceTarget target) {
        WeekOfCalls week = new WeekOfCalls(from, to);
        for (Document d : calls.find(Filters.and(
                        Filters.gte("receivedAt", Date.from(ProvinceTime.startOf(from))),
                        Filters.lt("receivedAt", Date.from(ProvinceTime.endOf(to)))))
                .projection(Projections.include("receivedAt", "operator", "handleSeconds"))) {
            week.add(d.getDate("receivedAt").toInstant(), d.getString("operator"), d.get("handleSeconds", Number.class));
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
