package vn.hotline1022.reporting.digest.domain;

import java.time.Instant;
import java.util.List;

/** Near-duplicate questions counted once: the wording shown, everyone who asked, the earliest deadline. */
public record QuestionGroup(String question, int callers, Instant deadline, List<PendingQuestion> members) {

    public boolean overdueAt(Instant now) {
        return deadline != null && deadline.isBefore(now);
    }
}
