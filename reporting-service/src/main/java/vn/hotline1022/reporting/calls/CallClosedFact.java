package vn.hotline1022.reporting.calls;

import java.time.Instant;
import java.util.List;

/**
 * Reporting's own view of a closed call; kbEntryId and unitCode are null when they do not apply. {@code
 * questionOutcomes} holds the outcome of each question asked, in order (one, the call's, for events without them).
 */
public record CallClosedFact(String eventId, String callId, String outcome, long handleSeconds, String kbEntryId,
                             String unitCode, String topic, String locality, Instant closedAt,
                             List<String> questionOutcomes) {

    public CallClosedFact {
        questionOutcomes = questionOutcomes == null || questionOutcomes.isEmpty() ? List.of(outcome)
                : List.copyOf(questionOutcomes);
    }
}
