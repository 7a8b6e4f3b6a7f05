package vn.hotline1022.gateway.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.authorization.AuthorizationResult;
import reactor.core.publisher.Mono;
import vn.hotline1022.support.net.ScrapeNetworks;

import java.net.InetSocketAddress;
import java.util.List;

/** The services' scrape rule ({@link ScrapeNetworks}) on a webflux request. */
class TrustedNetworks implements ReactiveAuthorizationManager<AuthorizationContext> {

    private final ScrapeNetworks networks;

    TrustedNetworks(List<String> cidrs) {
        this.networks = new ScrapeNetworks(cidrs);
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        var request = context.getExchange().getRequest();
        InetSocketAddress remote = request.getRemoteAddress();
        boolean forwarded = request.getHeaders().containsHeader("X-Forwarded-For") || request.getHeaders().containsHeader("Forwarded");
        String address = remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
        return Mono.just(new AuthorizationDecision(networks.allows(address, forwarded)));
    }
}
