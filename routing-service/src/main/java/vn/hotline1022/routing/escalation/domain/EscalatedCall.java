package vn.hotline1022.routing.escalation.domain;

import java.time.Instant;

/**
 * A call attached to an escalation: its id, its wording and where it came from, never a phone number.
 * {@code questionNo} is set only from a call's second question on (the first one kept none, as before calls held
 * several questions).
 */
public record EscalatedCall(String callId, String question, Instant askedAt, String source, Integer questionNo) {
}
