package vn.hotline1022.gateway.ratelimit;

/**
 * A classic token bucket: {@code capacity} requests at once, refilled at {@code refillPerSecond}. Pure and
 * synchronized per bucket; time is passed in so tests need no clock tricks.
 */
public final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long lastNanos;

    public TokenBucket(double capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastNanos = nowNanos;
    }

    /** @return 0 when a token was taken, otherwise the whole seconds to wait before one is available (≥ 1). */
    public synchronized long tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) * refillPerNano);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosToWait = (1 - tokens) / refillPerNano;
        return Math.max(1, (long) Math.ceil(nanosToWait / 1_000_000_000d));
    }

    public synchronized boolean isFull(long nowNanos) {
        return tokens + (nowNanos - lastNanos) * refillPerNano >= capacity;
    }
}
