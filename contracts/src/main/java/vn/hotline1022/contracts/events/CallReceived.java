package vn.hotline1022.contracts.events;

import java.time.Instant;

/** A call was logged. Carries no phone number: only whether the caller called before. */
public record CallReceived(String callId, String operator, String channel, String locality, String topic,
                           Instant receivedAt, boolean repeatCaller) {
}
