package vn.hotline1022.intake.callback.domain;

import java.time.Instant;

/** One call made to the citizen; {@code by} is the operator, or "switchboard" when the citizen called in again. */
public record CallbackAttempt(Instant at, String by, String result, String note) {
}
