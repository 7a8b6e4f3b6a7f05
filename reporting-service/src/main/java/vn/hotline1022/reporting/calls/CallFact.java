package vn.hotline1022.reporting.calls;

import java.time.Instant;

/** Reporting's own view of a received call, mapped from the intake event at the listener. */
public record CallFact(String eventId, String callId, String operator, String channel, String locality, String topic,
                       Instant receivedAt, boolean repeatCaller) {
}
