package vn.hotline1022.reporting.digest;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.hotline1022.reporting.digest.domain.PendingQuestion;
import vn.hotline1022.reporting.escalations.EscalationFact;
import vn.hotline1022.reporting.escalations.EscalationFactStore;
import vn.hotline1022.reporting.figures.ProvinceTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The questions escalated to a unit on a day that it has not answered yet. */
@Component
@RequiredArgsConstructor
class PendingQuestions {

    private final EscalationFactStore escalations;

    List<PendingQuestion> of(String unitCode, LocalDate day) {
        List<PendingQuestion> result = new ArrayList<>();
        for (EscalationFact e : escalations.unansweredQuestions(unitCode, ProvinceTime.startOf(day),
                ProvinceTime.endOf(day))) {
            result.add(new PendingQuestion(e.id(), e.question(), e.topic(), e.locality(), e.dueAt(),
                    Math.max(1, e.callCount() == null ? 1 : e.callCount()),
                    e.raisedAt() != null ? e.raisedAt() : e.firstSeenAt()));
        }
        return result;
    }

    /** Units that had at least one escalation on the day: they get a digest, even one saying "all answered". */
    Set<String> unitsOf(LocalDate day) {
        return escalations.unitsSeenBetween(ProvinceTime.startOf(day), ProvinceTime.endOf(day));
    }
}
