package vn.hotline1022.contracts.events;

import java.time.Instant;

/** A call was closed with its outcome; kbEntryId, unitCode and question are null when they do not apply. */
public record CallClosed(String callId, String outcome, long handleSeconds, String kbEntryId, String unitCode,
                         String question, String topic, String locality, Instant closedAt) {
}
