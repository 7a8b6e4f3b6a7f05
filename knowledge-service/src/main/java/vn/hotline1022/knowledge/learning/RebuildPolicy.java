package vn.hotline1022.knowledge.learning;

import java.time.Duration;
import java.time.Instant;

/**
 * When a scheduled rebuild is due. New uses are counted since the last build that read the log, whatever its
 * outcome: a build that failed or found too few pairs is not retried every minute on the same log, only once enough
 * new uses arrived or {@code maxAge} passed.
 */
record RebuildPolicy(int minNewPairs, Duration maxAge) {

    static RebuildPolicy of(LearningProperties properties) {
        return new RebuildPolicy(properties.minNewPairs(), properties.maxAge());
    }

    /** {@code lastRead}: when the last finished build read the log, null if none ever did. */
    boolean due(long newPairs, Instant lastRead, Instant now) {
        if (newPairs >= minNewPairs) {
            return true;
        }
        return newPairs > 0 && (lastRead == null || !lastRead.plus(maxAge).isAfter(now));
    }
}
