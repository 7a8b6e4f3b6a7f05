package vn.hotline1022.knowledge.learning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildPolicyTest {

    private final RebuildPolicy policy = new RebuildPolicy(20, Duration.ofHours(24));
    private final Instant now = Instant.parse("2021-10-01T00:00:00Z");

    @Test
    void enoughNewUsesRebuildAtOnce() {
        assertThat(policy.due(20, now.minusSeconds(60), now)).isTrue();
        assertThat(policy.due(19, now.minusSeconds(60), now)).isFalse();
    }

    @Test
    void aFewNewUsesWaitForTheModelToAge() {
        assertThat(policy.due(3, now.minus(Duration.ofHours(23)), now)).isFalse();
        assertThat(policy.due(3, now.minus(Duration.ofHours(24)), now)).isTrue();
        assertThat(policy.due(3, null, now)).as("never built").isTrue();
    }

    @Test
    void nothingNewNothingToDoHoweverOldTheModel() {
        assertThat(policy.due(0, now.minus(Duration.ofDays(30)), now)).isFalse();
        assertThat(policy.due(0, null, now)).isFalse();
    }

    @Test
    void defaultsComeFromTheProperties() {
        var properties = new LearningProperties(true, Duration.ofMinutes(1), 20, Duration.ofHours(24), Duration.ofSeconds(30));
        assertThat(RebuildPolicy.of(properties)).isEqualTo(policy);
    }
}
