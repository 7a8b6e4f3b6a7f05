package vn.hotline1022.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;

/**
 * One user's bucket: {@code capacity} requests at once, refilled greedily at {@code refillPerSecond}. The arithmetic
 * is Bucket4j's; the same {@code BucketConfiguration} can live in a shared store (a Bucket4j {@code ProxyManager})
 * when the gateway runs as several replicas. Time is passed in, so tests need no clock tricks.
 */
public final class TokenBucket {

    /** Bucket4j reads the time; this one tells it the instant of the call being decided. */
    private static final class GivenTime implements TimeMeter {
        private long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final long capacity;
    private final GivenTime time = new GivenTime();
    private final Bucket bucket;

    public TokenBucket(long capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        time.nanos = nowNanos;
        Duration refillPeriod = Duration.ofNanos(Math.round(capacity * 1_000_000_000d / refillPerSecond));
        this.bucket = Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refillPeriod))
                .withCustomTimePrecision(time).build();
    }

    /** @return 0 when a token was taken, otherwise the whole seconds to wait before one is available (≥ 1). */
    public synchronized long tryTake(long nowNanos) {
        time.nanos = nowNanos;
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1_000_000_000d));
    }

    public synchronized boolean isFull(long nowNanos) {
        time.nanos = nowNanos;
        return bucket.getAvailableTokens() >= capacity;
    }
}
