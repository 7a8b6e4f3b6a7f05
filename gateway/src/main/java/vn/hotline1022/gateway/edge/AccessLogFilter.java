package vn.hotline1022.gateway.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;


/**
 * One line per request: method, path and query with phone numbers masked, status, time, who, correlation id (also
 * in the MDC, so the log pattern or JSON log shows it). Reactor Netty's own access log stays off: it logs raw URIs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class AccessLogFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("hotline.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> write(exchange,
                String.valueOf(exchange.getAttributes().getOrDefault(PrincipalAttributeFilter.ATTRIBUTE, "-")),
                (System.nanoTime() - started) / 1_000_000));
    }

    private static void write(ServerWebExchange exchange, String who, long millis) {
        var request = exchange.getRequest();
        String query = request.getURI().getRawQuery();
        String target = request.getURI().getRawPath() + (query == null ? "" : "?" + query);
        var status = exchange.getResponse().getStatusCode();
        MDC.put(CorrelationIdFilter.MDC_KEY, CorrelationIdFilter.of(exchange));
        try {
            log.info("{} {} {} {}ms user={}", request.getMethod(), PhoneMask.mask(target),
                    status == null ? 200 : status.value(), millis, who);
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }
}
