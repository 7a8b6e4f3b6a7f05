package vn.hotline1022.gateway.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.authorization.AuthorizationResult;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Prometheus scrapes {@code /actuator/prometheus} from inside; the outside world reaches the gateway through a
 * reverse proxy, which adds {@code X-Forwarded-For}, so such requests are refused even from a private address.
 */
class TrustedNetworks implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final List<Cidr> networks;

    TrustedNetworks(List<String> cidrs) {
        this.networks = cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        var request = context.getExchange().getRequest();
        InetSocketAddress remote = request.getRemoteAddress();
        boolean forwarded = request.getHeaders().containsHeader("X-Forwarded-For") || request.getHeaders().containsHeader("Forwarded");
        boolean trusted = !forwarded && remote != null && remote.getAddress() != null
                && networks.stream().anyMatch(n -> n.contains(remote.getAddress().getHostAddress()));
        return Mono.just(new AuthorizationDecision(trusted));
    }
}
