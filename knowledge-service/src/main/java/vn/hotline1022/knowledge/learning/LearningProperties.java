package vn.hotline1022.knowledge.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Search that learns from the desk. {@code enabled} is only the switch's first value: once the shared state exists,
 * {@code PUT /api/knowledge/learning} decides for every replica. A scheduled rebuild runs when at least
 * {@code minNewPairs} usable uses arrived since the last build, or when any did and that build is older than
 * {@code maxAge}; replicas look for a newer model every {@code pollInterval}.
 */
@ConfigurationProperties("hotline.knowledge.learning")
public record LearningProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT1M") Duration checkInterval,
        @DefaultValue("20") int minNewPairs,
        @DefaultValue("PT24H") Duration maxAge,
        @DefaultValue("PT30S") Duration pollInterval) {

    public LearningProperties {
        if (checkInterval.isNegative() || checkInterval.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("hotline.knowledge.learning: check-interval and poll-interval must be > 0");
        }
        if (minNewPairs < 1 || maxAge.isNegative()) {
            throw new IllegalArgumentException("hotline.knowledge.learning: min-new-pairs must be >= 1, max-age >= 0");
        }
    }
}
