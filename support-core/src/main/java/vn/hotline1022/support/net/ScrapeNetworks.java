package vn.hotline1022.support.net;

import java.util.List;

/**
 * Metrics are read by Prometheus from inside (hotline.security.metrics-networks, HOTLINE_METRICS_NETWORKS); the
 * outside world comes through a reverse proxy, which adds {@code X-Forwarded-For} or {@code Forwarded}, so such a
 * request is refused even from a private address. One rule for the servlet services and the webflux gateway; each
 * passes what its request type knows.
 */
public final class ScrapeNetworks {

    private final List<Cidr> networks;

    public ScrapeNetworks(List<String> cidrs) {
        this.networks = cidrs.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Cidr::parse).toList();
    }

    /**
     * @param remoteAddress the peer's literal address, null when unknown
     * @param forwarded     whether the request carries a proxy's forwarding header
     */
    public boolean allows(String remoteAddress, boolean forwarded) {
        return !forwarded && remoteAddress != null && networks.stream().anyMatch(n -> n.contains(remoteAddress));
    }
}
