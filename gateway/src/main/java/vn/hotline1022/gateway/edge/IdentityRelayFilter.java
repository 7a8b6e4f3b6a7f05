package vn.hotline1022.gateway.edge;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Transition aid: services that still read identity headers get them from the verified token (headers sent by
 * clients were already removed by the route's default filters). Services that verify the JWT themselves ignore
 * them; remove this filter once every service does.
 */
@Component
class IdentityRelayFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal().filter(JwtAuthenticationToken.class::isInstance).cast(JwtAuthenticationToken.class)
                .map(auth -> exchange.mutate().request(r -> r.headers(h -> {
                    h.set("X-User", auth.getName());
                    List<String> roles = auth.getToken().getClaimAsStringList("roles");
                    h.set("X-Roles", roles == null ? "" : String.join(",", roles));
                    String unit = auth.getToken().getClaimAsString("unit");
                    if (unit != null) {
                        h.set("X-Unit", unit);
                    } else {
                        h.remove("X-Unit");
                    }
                })).build())
                .defaultIfEmpty(exchange)
                .flatMap(chain::filter);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }
}
