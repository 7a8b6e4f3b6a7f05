package vn.hotline1022.gateway.edge;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;

/**
 * Runs just after Spring Security and leaves the verified username on the exchange, so filters that run before
 * security (the access log) can still say who made the request.
 */
@Component
@Order(-99)
public class PrincipalAttributeFilter implements WebFilter {

    public static final String ATTRIBUTE = "hotline.principal";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal().map(Principal::getName)
                .doOnNext(name -> exchange.getAttributes().put(ATTRIBUTE, name))
                .then(chain.filter(exchange));
    }
}
