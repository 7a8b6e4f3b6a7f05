package vn.hotline1022.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.hotline1022.gateway.infra.Problems;

/**
 * The routes' body limits (RequestSize) read Content-Length; a chunked upload has none and would pass unchecked
 * to a service. Browsers, curl and the unit systems' clients send the length of the bodies they have, so an API
 * request that streams its body chunked is refused (411) before it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class LengthRequiredFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (exchange.getRequest().getPath().value().startsWith("/api/") && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return Problems.write(exchange, HttpStatus.LENGTH_REQUIRED, "gateway.length-required");
        }
        return chain.filter(exchange);
    }
}
