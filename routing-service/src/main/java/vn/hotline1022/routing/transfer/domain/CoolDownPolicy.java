package vn.hotline1022.routing.transfer.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A number that fails {@code failures} times in a row is skipped for {@code duration}; after that it gets
 * another full series of chances. Any connection resets the count.
 */
public record CoolDownPolicy(int failures, Duration duration) {

    public CoolDownPolicy {
        if (failures < 1 || duration == null || duration.isNegative()) {
            throw new IllegalArgumentException("cool-down needs failures >= 1 and a non-negative duration");
        }
    }

    public NumberHealth after(NumberHealth health, AttemptOutcome outcome, Instant now) {
        if (outcome == AttemptOutcome.CONNECTED) {
            return new NumberHealth(health.number(), health.unitCode(), 0, null, now);
        }
        if (!outcome.isLineFailure()) {
            return new NumberHealth(health.number(), health.unitCode(), health.consecutiveFailures(),
                    health.coolingUntil(), now);
        }
        int failed = health.consecutiveFailures() + 1;
        if (failed >= failures) {
            return new NumberHealth(health.number(), health.unitCode(), 0, now.plus(duration), now);
        }
        return new NumberHealth(health.number(), health.unitCode(), failed, health.coolingUntil(), now);
    }
}
