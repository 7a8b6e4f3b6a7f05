package vn.hotline1022.gateway.audit;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.hotline1022.gateway.edge.CorrelationIdFilter;
import vn.hotline1022.gateway.edge.PhoneMask;

import java.time.Instant;
import java.util.Optional;

/**
 * Records audited requests (see {@link AuditPolicy}) once answered, off the event loop. Writing the audit never
 * fails the operator's request; a failed write is logged.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@RequiredArgsConstructor
class AuditFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private final AuditStore store;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        var action = AuditPolicy.action(method, path);
        if (action.isEmpty()) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().filter(Authentication.class::isInstance).cast(Authentication.class)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(principal -> chain.filter(exchange).doFinally(signal -> principal.ifPresent(who ->
                        Schedulers.boundedElastic().schedule(() -> {
                    var status = exchange.getResponse().getStatusCode();
                    try {
                        store.record(new AuditEntry(Instant.now(), who.getName(),
                                who.getAuthorities().stream().map(GrantedAuthority::getAuthority).map(a -> a.replace("ROLE_", "")).toList(),
                                action.get(), PhoneMask.mask(path.replaceAll("/[0-9a-f]{24}", "/{id}")), method, PhoneMask.mask(path),
                                AuditPolicy.phoneHashOfPath(path), status == null ? 200 : status.value(),
                                CorrelationIdFilter.of(exchange)));
                    } catch (RuntimeException e) {
                        log.error("audit not recorded for {} {}: {}", method, PhoneMask.mask(path), e.toString());
                    }
                }))));
    }
}
