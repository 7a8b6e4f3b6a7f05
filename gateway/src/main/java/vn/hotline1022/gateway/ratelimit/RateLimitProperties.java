package vn.hotline1022.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("hotline.ratelimit")
public record RateLimitProperties(int capacity, double refillPerSecond) {

    public RateLimitProperties {
        if (capacity <= 0) {
            capacity = 60;
        }
        if (refillPerSecond <= 0) {
            refillPerSecond = 20;
        }
    }
}
