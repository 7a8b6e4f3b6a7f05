package vn.hotline1022.reporting.calls;

import java.time.Instant;

/** Reporting's own view of a closed call; kbEntryId and unitCode are null when they do not apply. */
public record CallClosedFact(String eventId, String callId, String outcome, long handleSeconds, String kbEntryId,
                             String unitCode, String topic, String locality, Instant closedAt) {
}
