package vn.hotline1022.reporting.calls;

import java.time.Instant;

/** A call as the figures read it by the time it came in; {@code handleSeconds} is null until it is closed. */
public record ReceivedCall(Instant receivedAt, String operator, String channel, String locality, String topic,
                           boolean repeatCaller, Long handleSeconds) {
}
