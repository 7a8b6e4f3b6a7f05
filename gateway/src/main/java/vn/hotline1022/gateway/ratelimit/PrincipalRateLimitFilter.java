package vn.hotline1022.gateway.ratelimit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Problems;

import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-principal rate limit on {@code /api/**}: one token bucket per authenticated user (per client address before
 * login, which also slows password guessing), so one runaway script cannot starve the other operators. Runs after
 * Spring Security (order 0 > -100), so the principal is the verified one. In memory: right for one gateway
 * instance; with several replicas hold the buckets in a Bucket4j ProxyManager or switch to the Redis
 * RequestRateLimiter (docs/security.md).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PrincipalRateLimitFilter implements WebFilter {

    private final RateLimitProperties properties;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(p -> "user:" + p.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + address(exchange)))
                .flatMap(key -> {
                    long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(properties.capacity(),
                            properties.refillPerSecond(), System.nanoTime())).tryTake(System.nanoTime());
                    if (wait == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(wait));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "gateway.rate-limited", wait);
                });
    }

    /** Full buckets hold no information: drop them so the map does not grow with every address ever seen. */
    @Scheduled(fixedDelay = 60_000)
    void evictIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.isFull(now));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null ? "unknown" : remote.getAddress().getHostAddress();
    }

}
