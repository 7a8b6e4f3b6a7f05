package vn.hotline1022.intake.timeline;

import java.time.Instant;

/** A note an operator or supervisor added to a call, open or closed. */
record CallNote(String id, String callId, String text, String by, Instant at) {
}
