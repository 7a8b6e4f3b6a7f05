package vn.hotline1022.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenAsksToWaitUntilATokenIsBack() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(2);      // one token every 2 s
        assertThat(bucket.tryTake(SECOND)).isEqualTo(1);  // half a token back
        assertThat(bucket.tryTake(2 * SECOND)).isZero();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        bucket.tryTake(100 * SECOND);
        bucket.tryTake(100 * SECOND);
        assertThat(bucket.tryTake(100 * SECOND)).isEqualTo(1);
        assertThat(bucket.isFull(100 * SECOND)).isFalse();
    }
}
