package vn.hotline1022.reporting.digest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.digest.domain.PendingQuestion;
import vn.hotline1022.reporting.escalations.EscalationFacts;
import vn.hotline1022.reporting.figures.ProvinceTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The questions escalated to a unit on a day that it has not answered yet. */
@Component
class PendingQuestions {

    private final MongoCollection<Document> escalations;

    PendingQuestions(EscalationFacts facts) {
        this.escalations = facts.collection();
    }

    List<PendingQuestion> of(String unitCode, LocalDate day) {
        List<PendingQuestion> result = new ArrayList<>();
        for (Document d : escalations.find(Filters.and(Filters.eq("unitCode", unitCode), ofDay(day),
                Filters.ne("answered", true), Filters.exists("question")))) {
            Date due = d.getDate("dueAt");
            Date raised = d.getDate("raisedAt") != null ? d.getDate("raisedAt") : d.getDate("firstSeenAt");
            result.add(new PendingQuestion(d.getString("_id"), d.getString("question"), d.getString("topic"),
                    d.getString("locality"), due == null ? null : due.toInstant(),
                    Math.max(1, d.get("callCount", Number.class) == null ? 1 : d.get("callCount", Number.class).intValue()),
                    raised.toInstant()));
        }
        return result;
    }

    /** Units that had at least one escalation on the day: they get a digest, even one saying "all answered". */
    Set<String> unitsOf(LocalDate day) {
        Set<String> units = new TreeSet<>();
        escalations.distinct("unitCode", ofDay(day), String.class).forEach(units::add);
        return units;
    }

    private static org.bson.conversions.Bson ofDay(LocalDate day) {
        return Filters.and(Filters.gte("firstSeenAt", Date.from(ProvinceTime.startOf(day))),
                Filters.lt("firstSeenAt", Date.from(ProvinceTime.endOf(day))));
    }
}
